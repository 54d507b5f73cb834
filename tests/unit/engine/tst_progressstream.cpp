// SPDX-License-Identifier: GPL-3.0-or-later
// Replays progress streams captured from a real dockerd (tests/fuzz/corpus/progress, made
// by tests/fuzz/capture-progress-corpus.sh) through ProgressStreamParser and
// TransferProgress, and checks them against what the registry and the daemon said at
// capture time (tests/fuzz/corpus/progress-expected.tsv): digests, layers and their sizes,
// errors, retries and load output. Then the parser's edges: splits, the line cap, lines
// that are not objects, blank lines and line endings.
#include "engine/progressstreamparser.h"
#include "engine/transferprogress.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

#include <limits>

using namespace Berth::Engine;

namespace {

QString corpusDir()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/tests/fuzz/corpus");
}

QByteArray stream(const QString &name)
{
    QFile file(corpusDir() + QStringLiteral("/progress/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the captured stream %s", qPrintable(file.fileName()));
    return file.readAll();
}

// stream -> key -> values, in the order the capture wrote them.
using Expectations = QHash<QString, QMultiHash<QString, QString>>;

const Expectations &expectations()
{
    static const Expectations table = [] {
        Expectations result;
        QFile file(corpusDir() + QStringLiteral("/progress-expected.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        while (!file.atEnd()) {
            const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
            if (fields.size() == 3)
                result[fields.at(0)].insert(fields.at(1), fields.at(2));
        }
        return result;
    }();
    return table;
}

QString expected(const QString &name, const QString &key)
{
    return expectations().value(name).value(key);
}

// QMultiHash returns the latest insert first.
QStringList expectedAll(const QString &name, const QString &key)
{
    QStringList values = expectations().value(name).values(key);
    std::reverse(values.begin(), values.end());
    return values;
}

struct Replay
{
    QList<ProgressMessage> messages;
    bool parseError = false;
    TransferProgress progress;
};

Replay replay(const QByteArray &bytes)
{
    Replay result;
    ProgressStreamParser parser;
    result.messages = parser.feed(bytes);
    result.messages += parser.finish();
    result.parseError = parser.hasError();
    for (const ProgressMessage &message : std::as_const(result.messages))
        result.progress.apply(message);
    return result;
}

const LayerProgress *findLayer(const TransferProgress &progress, const QString &id)
{
    for (const LayerProgress &layer : progress.layers()) {
        if (layer.id == id)
            return &layer;
    }
    return nullptr;
}

bool sameMessage(const ProgressMessage &a, const ProgressMessage &b)
{
    return a.status == b.status && a.id == b.id && a.current == b.current && a.total == b.total &&
           a.stream == b.stream && a.aux == b.aux && a.errorMessage == b.errorMessage &&
           a.errorCode == b.errorCode;
}

const QRegularExpression retryPattern(QStringLiteral("^Retrying in [0-9]+ seconds?$"));

} // namespace

class TestProgressStream : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsComplete();
    void digest_data();
    void digest();
    void layers_data();
    void layers();
    void failure_data();
    void failure();
    void retryNotice_data();
    void retryNotice();
    void retryExhausted();
    void loadOutput_data();
    void loadOutput();
    void splitAtEveryOffset();
    void byteByByte();
    void lineCap_data();
    void lineCap();
    void notAnObject_data();
    void notAnObject();
    void blankLinesAndEndings();
    void lastLineWithoutNewline();
    void pushNeverCountsPastTheLayer();
    void doneLayerWithoutSize();
    void hugeSizesSaturate();
};

void TestProgressStream::corpusIsComplete()
{
    // Every stream the expectations speak of was captured, and the other way round.
    const QStringList names = expectations().keys();
    QVERIFY(names.size() >= 20);
    for (const QString &name : names)
        QVERIFY2(QFile::exists(corpusDir() + QStringLiteral("/progress/") + name),
                 qPrintable(name));
}

void TestProgressStream::digest_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"push-fresh", "push-existing", "push-mounted", "push-multilayer", "push-partial",
          "push-retry", "push-authenticated", "pull-fresh", "pull-up-to-date",
          "pull-already-exists", "pull-digest-fresh", "pull-digest-up-to-date", "pull-retry"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestProgressStream::digest()
{
    QFETCH(QString, name);
    const Replay r = replay(stream(name));
    QVERIFY(!r.parseError);
    QCOMPARE(expected(name, QStringLiteral("http")), QStringLiteral("200"));
    QVERIFY(r.progress.error().isEmpty());
    // The registry's own Docker-Content-Digest, asked with curl at capture time.
    const QString digest = expected(name, QStringLiteral("digest"));
    QVERIFY(digest.startsWith(QLatin1StringView("sha256:")));
    QCOMPARE(r.progress.digest(), digest);
    if (name.startsWith(QLatin1StringView("pull-"))) {
        QVERIFY(r.progress.status().startsWith(QLatin1StringView("Status: ")));
        QVERIFY(r.progress.retryNotice().isEmpty());
    }
}

void TestProgressStream::layers_data()
{
    QTest::addColumn<QString>("name");
    // The final state of each layer the capture noted, in the order it noted them.
    QTest::addColumn<QStringList>("states");
    const QString pushed = QStringLiteral("Pushed");
    const QString exists = QStringLiteral("Layer already exists");
    const QString pulled = QStringLiteral("Pull complete");
    const QString present = QStringLiteral("Already exists");
    QTest::newRow("push-fresh") << QStringLiteral("push-fresh") << QStringList{pushed};
    QTest::newRow("push-existing") << QStringLiteral("push-existing") << QStringList{exists};
    QTest::newRow("push-mounted") << QStringLiteral("push-mounted")
                                  << QStringList{QStringLiteral("Mounted from berth/busybox")};
    QTest::newRow("push-multilayer")
        << QStringLiteral("push-multilayer") << QStringList{pushed, pushed, pushed, pushed};
    QTest::newRow("push-partial") << QStringLiteral("push-partial")
                                  << QStringList{exists, exists, exists, exists, pushed};
    QTest::newRow("pull-fresh") << QStringLiteral("pull-fresh")
                                << QStringList{pulled, pulled, pulled, pulled};
    QTest::newRow("pull-digest-fresh")
        << QStringLiteral("pull-digest-fresh") << QStringList{pulled, pulled, pulled, pulled};
    QTest::newRow("pull-already-exists") << QStringLiteral("pull-already-exists")
                                         << QStringList{present, present, present, present, pulled};
}

void TestProgressStream::layers()
{
    QFETCH(QString, name);
    QFETCH(QStringList, states);
    const Replay r = replay(stream(name));
    QVERIFY(!r.parseError);
    const QStringList noted = expectedAll(name, QStringLiteral("layer"));
    QCOMPARE(noted.size(), states.size());
    QCOMPARE(r.progress.layers().size(), states.size());
    qint64 moved = 0;
    for (qsizetype i = 0; i < noted.size(); ++i) {
        // "SHORT_ID" (push: the diff id) or "SHORT_ID SIZE" (pull: the blob in the manifest).
        const QStringList fields = noted.at(i).split(u' ');
        const LayerProgress *layer = findLayer(r.progress, fields.at(0));
        QVERIFY2(layer, qPrintable(fields.at(0)));
        QCOMPARE(layer->state, states.at(i));
        QVERIFY(layer->done);
        if (fields.size() < 2)
            continue;
        const qint64 size = fields.at(1).toLongLong();
        if (layer->state == u"Already exists") {
            QCOMPARE(layer->current, 0);
            QCOMPARE(layer->total, -1);
        } else {
            QCOMPARE(layer->total, size);
            QCOMPARE(layer->current, size);
            moved += size;
        }
    }
    // All done: what moved is all there was to move.
    QVERIFY(r.progress.bytesTotal() >= 0);
    QCOMPARE(r.progress.bytesDone(), r.progress.bytesTotal());
    if (moved > 0)
        QCOMPARE(r.progress.bytesTotal(), moved);
}

void TestProgressStream::failure_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message"); // a pattern where the message names a port or path
    QTest::newRow("pull of a blob the registry lost")
        << QStringLiteral("pull-missing-blob") << QStringLiteral("^unknown blob$");
    QTest::newRow("push with a wrong password")
        << QStringLiteral("push-wrong-password")
        << QStringLiteral("^unauthorized: authentication required$");
    QTest::newRow("push to a closed port")
        << QStringLiteral("push-refused")
        << QStringLiteral("^Get \"http://127\\.0\\.0\\.1:1/v2/\": dial tcp 127\\.0\\.0\\.1:1: "
                          "connect: connection refused$");
    QTest::newRow("push of a missing image")
        << QStringLiteral("push-missing-image")
        << QStringLiteral("^An image does not exist locally with the tag: "
                          "127\\.0\\.0\\.1:[0-9]+/berth/no-such-image$");
    QTest::newRow("load of garbage")
        << QStringLiteral("load-garbage")
        << QStringLiteral("^Error processing tar file\\(exit status 1\\): archive/tar: invalid "
                          "tar header$");
    QTest::newRow("load of a truncated tarball")
        << QStringLiteral("load-truncated")
        << QStringLiteral("^Error processing tar file\\(exit status 1\\): unexpected EOF$");
}

void TestProgressStream::failure()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const Replay r = replay(stream(name));
    // The daemon had answered 200 before it failed: the error is the stream's last line.
    QCOMPARE(expected(name, QStringLiteral("http")), QStringLiteral("200"));
    QVERIFY(!r.parseError);
    QVERIFY(!r.messages.isEmpty());
    QVERIFY(r.messages.last().isError());
    const QRegularExpression pattern(message);
    QVERIFY2(pattern.match(r.progress.error()).hasMatch(), qPrintable(r.progress.error()));
    QVERIFY(r.progress.digest().isEmpty());
    QVERIFY(r.progress.streamLines().isEmpty());
}

void TestProgressStream::retryNotice_data()
{
    // The capture cut one blob transfer once; the daemon retried it by itself.
    QTest::addColumn<QString>("name");
    QTest::newRow("pull") << QStringLiteral("pull-retry");
    QTest::newRow("push") << QStringLiteral("push-retry");
}

void TestProgressStream::retryNotice()
{
    QFETCH(QString, name);
    const Replay whole = replay(stream(name));
    QVERIFY(!whole.parseError);
    TransferProgress progress;
    QString firstNotice;
    for (const ProgressMessage &message : whole.messages) {
        progress.apply(message);
        if (message.status.startsWith(QLatin1StringView("Retrying in ")) && firstNotice.isEmpty()) {
            firstNotice = progress.retryNotice();
            const LayerProgress *layer = findLayer(progress, message.id);
            QVERIFY(layer);
            QCOMPARE(layer->state, message.status);
        }
        // The notice shows exactly while some layer waits for the daemon's retry, even
        // when other layers move on meanwhile.
        bool waiting = false;
        for (const LayerProgress &layer : progress.layers())
            waiting = waiting || retryPattern.match(layer.state).hasMatch();
        QCOMPARE(!progress.retryNotice().isEmpty(), waiting);
        if (waiting)
            QVERIFY(retryPattern.match(progress.retryNotice()).hasMatch());
    }
    QCOMPARE(firstNotice, QStringLiteral("Retrying in 5 seconds"));
    // The retry worked: nothing waits, and the transfer ended with the registry's digest.
    QVERIFY(progress.retryNotice().isEmpty());
    QVERIFY(progress.error().isEmpty());
    QCOMPARE(progress.digest(), expected(name, QStringLiteral("digest")));
    QCOMPARE(progress.bytesDone(), progress.bytesTotal());
}

void TestProgressStream::retryExhausted()
{
    // The registry went away for good: the daemon retried until it gave up, inside a 200.
    const QString name = QStringLiteral("pull-registry-gone");
    QCOMPARE(expected(name, QStringLiteral("http")), QStringLiteral("200"));
    const Replay r = replay(stream(name));
    QVERIFY(!r.parseError);
    QVERIFY(!r.progress.error().isEmpty());
    QCOMPARE(r.progress.error(), r.messages.last().errorMessage);
    QVERIFY(r.progress.digest().isEmpty());
    qsizetype retries = 0;
    for (const ProgressMessage &message : r.messages)
        retries += retryPattern.match(message.status).hasMatch() ? 1 : 0;
    QVERIFY(retries > 5);
    // Counted down to its last retry: "Retrying in 1 second" (singular) before the last attempt.
    bool sawOneSecond = false;
    for (const ProgressMessage &message : r.messages)
        sawOneSecond = sawOneSecond || message.status == u"Retrying in 1 second";
    QVERIFY(sawOneSecond);
}

void TestProgressStream::loadOutput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("lines");
    const auto loaded = [](const char *name) -> QString {
        return QStringLiteral("Loaded image: ") +
               expected(QString::fromLatin1(name), QStringLiteral("image"));
    };
    QTest::newRow("load-existing")
        << QStringLiteral("load-existing") << QStringList{loaded("load-existing")};
    QTest::newRow("load-quiet") << QStringLiteral("load-quiet")
                                << QStringList{loaded("load-quiet")};
    QTest::newRow("load-fresh") << QStringLiteral("load-fresh")
                                << QStringList{loaded("load-fresh")};
}

void TestProgressStream::loadOutput()
{
    QFETCH(QString, name);
    QFETCH(QStringList, lines);
    const Replay r = replay(stream(name));
    QVERIFY(!r.parseError);
    QVERIFY(r.progress.error().isEmpty());
    QCOMPARE(r.progress.streamLines(), lines);
    if (name != u"load-fresh") {
        QVERIFY(r.progress.layers().isEmpty()); // every layer was there already
        return;
    }
    // The image of push-multilayer, loaded where none of its layers was: each layer
    // (named by its diff id, as push names it) is read to its end.
    const QStringList ids = expectedAll(QStringLiteral("push-multilayer"), QStringLiteral("layer"));
    QCOMPARE(r.progress.layers().size(), ids.size());
    for (const QString &id : ids) {
        const LayerProgress *layer = findLayer(r.progress, id);
        QVERIFY2(layer, qPrintable(id));
        QCOMPARE(layer->state, QStringLiteral("Loading layer"));
        QVERIFY(layer->total > 2 * 1024 * 1024); // 2 MiB of random data and its tar header
        QCOMPARE(layer->current, layer->total);
    }
    QCOMPARE(r.progress.bytesDone(), r.progress.bytesTotal());
}

void TestProgressStream::splitAtEveryOffset()
{
    const QByteArray bytes = stream(QStringLiteral("push-retry"));
    const Replay whole = replay(bytes);
    QVERIFY(whole.messages.size() > 20);
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        ProgressStreamParser parser;
        QList<ProgressMessage> messages = parser.feed(QByteArrayView(bytes).first(cut));
        messages += parser.feed(QByteArrayView(bytes).sliced(cut));
        messages += parser.finish();
        QVERIFY(!parser.hasError());
        QCOMPARE(messages.size(), whole.messages.size());
        for (qsizetype i = 0; i < messages.size(); ++i)
            QVERIFY2(sameMessage(messages.at(i), whole.messages.at(i)),
                     qPrintable(QString::number(cut)));
    }
}

void TestProgressStream::byteByByte()
{
    const QByteArray bytes = stream(QStringLiteral("pull-fresh"));
    const Replay whole = replay(bytes);
    ProgressStreamParser parser;
    TransferProgress progress;
    qsizetype count = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (const ProgressMessage &message : parser.feed(QByteArrayView(bytes).sliced(i, 1))) {
            QVERIFY(sameMessage(message, whole.messages.at(count++)));
            progress.apply(message);
        }
    }
    QVERIFY(parser.finish().isEmpty()); // the last line ended in "\r\n"
    QCOMPARE(count, whole.messages.size());
    QCOMPARE(progress.digest(), whole.progress.digest());
    QCOMPARE(progress.bytesDone(), whole.progress.bytesDone());
}

void TestProgressStream::lineCap_data()
{
    QTest::addColumn<QByteArray>("line"); // without its ending
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<bool>("accepted");
    // A status padded so the whole line is exactly 64 bytes.
    const QByteArray head = R"({"status":")";
    const QByteArray tail = R"("})";
    const QByteArray exact = head + QByteArray(64 - head.size() - tail.size(), 'x') + tail;
    const QByteArray over = head + QByteArray(65 - head.size() - tail.size(), 'x') + tail;
    QTest::newRow("at the cap, \\n") << exact << QByteArray("\n") << true;
    QTest::newRow("at the cap, \\r\\n") << exact << QByteArray("\r\n") << true;
    QTest::newRow("at the cap, unterminated") << exact << QByteArray() << true;
    QTest::newRow("over the cap, \\n") << over << QByteArray("\n") << false;
    QTest::newRow("over the cap, \\r\\n") << over << QByteArray("\r\n") << false;
    QTest::newRow("over the cap, unterminated") << over << QByteArray() << false;
}

void TestProgressStream::lineCap()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, ending);
    QFETCH(bool, accepted);
    const QByteArray first = R"({"status":"Preparing","id":"a"})"
                             "\r\n";
    // An unterminated line is the last one; finish() reads it.
    const bool terminated = !ending.isEmpty();
    const QByteArray input = first + line + ending + (terminated ? first : QByteArray());
    // Whole, and at every split: the verdict never depends on how the bytes arrive.
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        ProgressStreamParser parser(64);
        QList<ProgressMessage> messages = parser.feed(QByteArrayView(input).first(cut));
        messages += parser.feed(QByteArrayView(input).sliced(cut));
        messages += parser.finish();
        QCOMPARE(parser.hasError(), !accepted);
        if (accepted) {
            QCOMPARE(messages.size(), terminated ? 3 : 2);
            QCOMPARE(messages.at(1).status.size(), 64 - 13);
        } else {
            QCOMPARE(messages.size(), 1); // the line before; nothing after the error
            QCOMPARE(parser.error().kind(), Berth::ErrorKind::Protocol);
            QVERIFY(parser.error().message().contains(QLatin1StringView("longer than 64 bytes")));
        }
    }
}

void TestProgressStream::notAnObject_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("string") << QByteArray(R"("Downloading")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("text") << QByteArray("Downloading 3 MB");
    QTest::newRow("cut object") << QByteArray(R"({"status":"Downl)");
    QTest::newRow("two objects") << QByteArray(R"({"status":"a"}{"status":"b"})");
}

void TestProgressStream::notAnObject()
{
    QFETCH(QByteArray, line);
    const QByteArray before = R"({"status":"Pulling fs layer","id":"abc"})"
                              "\r\n";
    const QByteArray after = R"({"status":"Pull complete","id":"abc"})"
                             "\r\n";
    ProgressStreamParser parser;
    QList<ProgressMessage> messages = parser.feed(QByteArray(before + line + "\r\n" + after));
    QVERIFY(parser.hasError());
    QCOMPARE(parser.error().kind(), Berth::ErrorKind::Protocol);
    QVERIFY(parser.error().message().contains(QLatin1StringView("not a JSON object")));
    // What came before the bad line stands; nothing after it is read.
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).status, QStringLiteral("Pulling fs layer"));
    QVERIFY(parser.feed(after).isEmpty());
    QVERIFY(parser.finish().isEmpty());
}

void TestProgressStream::blankLinesAndEndings()
{
    // A captured stream with "\r\n" endings, the same with "\n", and with blank lines and
    // stray whitespace between the lines, all read the same.
    const QByteArray crlf = stream(QStringLiteral("pull-already-exists"));
    QVERIFY(crlf.contains("\r\n"));
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    QByteArray padded = crlf;
    padded.replace("\r\n", "\r\n\r\n \t\n\n");
    padded.prepend("\r\n\n");
    const Replay expected = replay(crlf);
    QCOMPARE(expected.messages.size(), 14);
    for (const QByteArray &variant : {lf, padded}) {
        const Replay r = replay(variant);
        QVERIFY(!r.parseError);
        QCOMPARE(r.messages.size(), expected.messages.size());
        for (qsizetype i = 0; i < r.messages.size(); ++i)
            QVERIFY(sameMessage(r.messages.at(i), expected.messages.at(i)));
        QCOMPARE(r.progress.digest(), expected.progress.digest());
    }
}

void TestProgressStream::lastLineWithoutNewline()
{
    ProgressStreamParser parser;
    QVERIFY(parser.feed(R"({"status":"Digest: sha256:)").isEmpty());
    const QByteArray rest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}";
    QVERIFY(parser.feed(rest).isEmpty());
    const QList<ProgressMessage> last = parser.finish();
    QCOMPARE(last.size(), 1);
    TransferProgress progress;
    progress.apply(last.at(0));
    QCOMPARE(
        progress.digest(),
        QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
}

void TestProgressStream::pushNeverCountsPastTheLayer()
{
    // The daemon counts the tar stream it sends against the layer's size, and its last
    // "Pushing" line goes past it (1.985MB of 1.982MB). A layer is never more than done.
    const Replay whole = replay(stream(QStringLiteral("push-fresh")));
    bool wentPast = false;
    TransferProgress progress;
    for (const ProgressMessage &message : whole.messages) {
        wentPast = wentPast || (message.total > 0 && message.current > message.total);
        progress.apply(message);
        for (const LayerProgress &layer : progress.layers())
            QVERIFY(layer.total < 0 || layer.current <= layer.total);
        if (progress.bytesTotal() >= 0)
            QVERIFY(progress.bytesDone() <= progress.bytesTotal());
    }
    QVERIFY(wentPast); // the capture shows the overshoot this test is about
}

void TestProgressStream::doneLayerWithoutSize()
{
    // Without a size (a registry that sends none), a finished layer counts what it moved,
    // so the totals still agree.
    TransferProgress progress;
    ProgressMessage downloading;
    downloading.status = QStringLiteral("Downloading");
    downloading.id = QStringLiteral("abc");
    downloading.current = 1000;
    progress.apply(downloading);
    QCOMPARE(progress.bytesTotal(), -1);
    ProgressMessage complete;
    complete.status = QStringLiteral("Download complete");
    complete.id = QStringLiteral("abc");
    progress.apply(complete);
    QCOMPARE(progress.bytesDone(), 1000);
    QCOMPARE(progress.bytesTotal(), 1000);
}

void TestProgressStream::hugeSizesSaturate()
{
    // Sizes are whatever the stream says: sums saturate rather than overflow.
    ProgressStreamParser parser;
    const QList<ProgressMessage> messages = parser.feed(
        R"({"status":"Downloading","id":"a","progressDetail":{"current":9223372036854775807,"total":9223372036854775807}})"
        "\n"
        R"({"status":"Downloading","id":"b","progressDetail":{"current":9223372036854775807,"total":9223372036854775807}})"
        "\n");
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).total, std::numeric_limits<qint64>::max());
    TransferProgress progress;
    for (const ProgressMessage &message : messages)
        progress.apply(message);
    QCOMPARE(progress.bytesDone(), std::numeric_limits<qint64>::max());
    QCOMPARE(progress.bytesTotal(), std::numeric_limits<qint64>::max());
}

QTEST_GUILESS_MAIN(TestProgressStream)
#include "tst_progressstream.moc"
