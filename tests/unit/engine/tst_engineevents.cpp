// SPDX-License-Identifier: GPL-3.0-or-later
// Replays /events streams captured from a real dockerd (tests/fuzz/corpus/events, made by
// tests/fuzz/capture-events-corpus.sh) through EngineEventParser and checks them against
// what the docker CLI said at capture time (tests/fuzz/corpus/events-expected.tsv): the
// action, the image id or reference, the name, and a time inside the capture's window.
// Then the shapes of other API versions, splits, and lines the parser must refuse.
#include "engine/engineeventparser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTest>

using namespace Berth::Engine;

namespace {

QString corpusDir()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/tests/fuzz/corpus");
}

QByteArray stream(const QString &name)
{
    QFile file(corpusDir() + QStringLiteral("/events/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the captured stream %s", qPrintable(file.fileName()));
    return file.readAll();
}

struct Expectation
{
    qint64 since = 0; // nanoseconds, the capture's clock
    qint64 until = 0;
    QList<QStringList> events; // {action, actor or "-", [name]}, in order
};

const QHash<QString, Expectation> &expectations()
{
    static const QHash<QString, Expectation> table = [] {
        QHash<QString, Expectation> result;
        QFile file(corpusDir() + QStringLiteral("/events-expected.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        while (!file.atEnd()) {
            const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
            if (fields.size() != 3)
                continue;
            Expectation &entry = result[fields.at(0)];
            const QStringList values = fields.at(2).split(u' ');
            if (fields.at(1) == u"window") {
                entry.since = values.value(0).toLongLong();
                entry.until = values.value(1).toLongLong();
            } else if (fields.at(1) == u"event") {
                entry.events.append(values);
            }
        }
        return result;
    }();
    return table;
}

struct Replay
{
    QList<EngineEvent> events;
    bool error = false;
};

Replay replay(QByteArrayView bytes, qsizetype cut = 0)
{
    EngineEventParser parser;
    Replay result;
    result.events = parser.feed(bytes.first(cut));
    result.events += parser.feed(bytes.sliced(cut));
    result.events += parser.finish();
    result.error = parser.hasError();
    return result;
}

bool same(const EngineEvent &a, const EngineEvent &b)
{
    return a.type == b.type && a.action == b.action && a.actorId == b.actorId &&
           a.attributes == b.attributes && a.scope == b.scope && a.time == b.time &&
           a.timeNano == b.timeNano;
}

// Whether the event is the one an expectation line describes.
bool matches(const EngineEvent &event, const QStringList &expected)
{
    const QString actor = expected.value(1) == u"-" ? QString() : expected.value(1);
    return event.action == expected.value(0) && event.actorId == actor &&
           (expected.size() < 3 ||
            event.attributes.value(QStringLiteral("name")) == expected.at(2));
}

QStringList describe(const QList<EngineEvent> &events)
{
    QStringList out;
    for (const EngineEvent &event : events)
        out.append(event.action + u' ' + event.actorId + u' ' +
                   event.attributes.value(QStringLiteral("name")));
    return out;
}

// The captured lines with some fields taken out, as other API versions send them.
QByteArray withoutFields(const QByteArray &bytes, const QStringList &fields)
{
    QByteArray out;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonObject object = QJsonDocument::fromJson(line).object();
        for (const QString &field : fields)
            object.remove(field);
        out += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace

class TestEngineEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusIsComplete()
    {
        // Every stream the expectations speak of was captured, and the other way round.
        const QStringList names = expectations().keys();
        QVERIFY(names.size() >= 10);
        for (const QString &name : names)
            QVERIFY2(QFile::exists(corpusDir() + QStringLiteral("/events/") + name),
                     qPrintable(name));
        const QStringList files =
            QDir(corpusDir() + QStringLiteral("/events")).entryList(QDir::Files);
        for (const QString &file : files)
            QVERIFY2(expectations().contains(file), qPrintable(file));
    }

    void capturedOperation_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"tag", "untag", "import", "delete", "push", "pull", "save", "load", "prune"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void capturedOperation()
    {
        // Each capture holds exactly the events its one docker command caused.
        QFETCH(QString, name);
        const Expectation expected = expectations().value(name);
        QVERIFY(!expected.events.isEmpty());
        const Replay r = replay(stream(name));
        QVERIFY(!r.error);
        QCOMPARE(r.events.size(), expected.events.size());
        for (qsizetype i = 0; i < r.events.size(); ++i) {
            const EngineEvent &event = r.events.at(i);
            QVERIFY2(matches(event, expected.events.at(i)),
                     qPrintable(describe(r.events).join(u'|')));
            QCOMPARE(event.type, QStringLiteral("image"));
            QCOMPARE(event.scope, QStringLiteral("local"));
            // The engine's clock is the capture's: the event falls in its window.
            QVERIFY(event.timeNano >= expected.since && event.timeNano <= expected.until);
            QCOMPARE(event.time, event.timeNano / 1000000000);
        }
    }

    void whichEventsChangeTheList()
    {
        // Push and save leave the list alone; the other operations change it.
        for (const QString &name : expectations().keys()) {
            if (name == u"session")
                continue;
            const bool changes = name != u"push" && name != u"save";
            bool any = false;
            for (const EngineEvent &event : replay(stream(name)).events)
                any = any || event.mayChangeImageList();
            QVERIFY2(any == changes, qPrintable(name));
        }
    }

    void sessionHoldsEveryOperationInOrder()
    {
        // The whole capture session as one stream: every operation's events appear in it
        // in the order they happened, and time never goes back.
        const Replay session = replay(stream(QStringLiteral("session")));
        QVERIFY(!session.error);
        qint64 last = 0;
        for (const EngineEvent &event : session.events) {
            QVERIFY(event.timeNano >= last);
            last = event.timeNano;
        }
        QList<QPair<qint64, QStringList>> expected;
        for (auto it = expectations().begin(); it != expectations().end(); ++it) {
            if (it.key() == u"session")
                continue;
            for (const QStringList &event : it->events)
                expected.append({it->since, event});
        }
        std::stable_sort(expected.begin(), expected.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        qsizetype at = 0;
        for (const auto &[since, event] : expected) {
            while (at < session.events.size() && !matches(session.events.at(at), event))
                ++at;
            QVERIFY2(at < session.events.size(), qPrintable(event.join(u' ')));
            QVERIFY(session.events.at(at).timeNano >= since);
            ++at;
        }
    }

    void splitAtEveryOffset()
    {
        const QByteArray bytes = stream(QStringLiteral("session"));
        const Replay whole = replay(bytes);
        QVERIFY(whole.events.size() >= 15);
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            const Replay split = replay(bytes, cut);
            QVERIFY(!split.error);
            QCOMPARE(split.events.size(), whole.events.size());
            for (qsizetype i = 0; i < split.events.size(); ++i)
                QVERIFY2(same(split.events.at(i), whole.events.at(i)),
                         qPrintable(QString::number(cut)));
        }
    }

    void byteByByte()
    {
        const QByteArray bytes = stream(QStringLiteral("session"));
        const Replay whole = replay(bytes);
        EngineEventParser parser;
        qsizetype count = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            for (const EngineEvent &event : parser.feed(QByteArrayView(bytes).sliced(i, 1)))
                QVERIFY(same(event, whole.events.at(count++)));
        }
        QVERIFY(parser.finish().isEmpty()); // the last line ended in "\n"
        QCOMPARE(count, whole.events.size());
    }

    void api152ShapeWithoutLegacyFields()
    {
        // API 1.52 stopped sending status, id and from: the events read the same.
        const QByteArray bytes = stream(QStringLiteral("session"));
        const Replay captured = replay(bytes);
        const QByteArray modern = withoutFields(
            bytes, {QStringLiteral("status"), QStringLiteral("id"), QStringLiteral("from")});
        QVERIFY(!modern.contains("\"status\""));
        const Replay r = replay(modern);
        QVERIFY(!r.error);
        QCOMPARE(r.events.size(), captured.events.size());
        for (qsizetype i = 0; i < r.events.size(); ++i)
            QVERIFY(same(r.events.at(i), captured.events.at(i)));
    }

    void legacyFieldsAlone()
    {
        // The oldest shape: status, id, from and time only. Action and actor come from the
        // legacy fields; the nanoseconds from the seconds.
        const QByteArray bytes = stream(QStringLiteral("delete"));
        const Replay captured = replay(bytes);
        const Replay r = replay(withoutFields(
            bytes, {QStringLiteral("Type"), QStringLiteral("Action"), QStringLiteral("Actor"),
                    QStringLiteral("scope"), QStringLiteral("timeNano")}));
        QVERIFY(!r.error);
        QCOMPARE(r.events.size(), 2);
        for (qsizetype i = 0; i < r.events.size(); ++i) {
            QCOMPARE(r.events.at(i).action, captured.events.at(i).action);
            QCOMPARE(r.events.at(i).actorId, captured.events.at(i).actorId);
            QCOMPARE(r.events.at(i).time, captured.events.at(i).time);
            QCOMPARE(r.events.at(i).timeNano, captured.events.at(i).time * 1000000000);
            QVERIFY(r.events.at(i).type.isEmpty());
            QVERIFY(r.events.at(i).mayChangeImageList());
        }
    }

    void newFieldsAndActionsAreKept()
    {
        // Fields a newer engine adds are ignored; an action Berth does not know (1.46's
        // "create") still counts as a change of the list.
        EngineEventParser parser;
        const QList<EngineEvent> events = parser.feed(
            R"({"Type":"image","Action":"create","Actor":{"ID":"sha256:abc","Attributes":{"name":"app:1","platform":"linux/amd64"}},"scope":"local","time":5,"timeNano":5000000007,"extra":{"x":[1]}})"
            "\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).action, QStringLiteral("create"));
        QCOMPARE(events.at(0).attributes.value(QStringLiteral("platform")),
                 QStringLiteral("linux/amd64"));
        QCOMPARE(events.at(0).timeNano, 5000000007);
        QVERIFY(events.at(0).mayChangeImageList());
    }

    void notAnObject_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("array") << QByteArray(R"([{"Action":"tag"}])");
        QTest::newRow("string") << QByteArray(R"("tag")");
        QTest::newRow("number") << QByteArray("1795828621");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("text") << QByteArray("image tag berth-test/x");
        QTest::newRow("cut object") << QByteArray("{\"Type\":\"image\",\"Action\":\"ta");
        QTest::newRow("two objects") << QByteArray(R"({"Action":"tag"}{"Action":"untag"})");
        QTest::newRow("json-seq record") << QByteArray("\x1e{\"Action\":\"tag\"}");
    }

    void notAnObject()
    {
        QFETCH(QByteArray, line);
        const QByteArray bytes = stream(QStringLiteral("delete"));
        const qsizetype firstEnd = bytes.indexOf('\n') + 1;
        // The bad line between the two captured events.
        const QByteArray input = bytes.left(firstEnd) + line + '\n' + bytes.mid(firstEnd);
        EngineEventParser parser;
        const QList<EngineEvent> events = parser.feed(input);
        QVERIFY(parser.hasError());
        QCOMPARE(parser.error().kind(), Berth::ErrorKind::Protocol);
        QVERIFY2(parser.error().message().contains(QLatin1StringView("not a JSON object")),
                 qPrintable(parser.error().message()));
        // What came before the bad line stands; nothing after it is read.
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).action, QStringLiteral("untag"));
        QVERIFY(parser.feed(bytes).isEmpty());
        QVERIFY(parser.finish().isEmpty());
    }

    void overLongLine()
    {
        // A line over the cap is refused wherever the bytes are split, even before its end
        // arrives; the line before it stands.
        const QByteArray first = stream(QStringLiteral("tag"));
        // (Plain string literals: moc misreads a raw string with an odd count of quotes.)
        const QByteArray huge =
            "{\"Type\":\"image\",\"Action\":\"tag\",\"Actor\":{\"Attributes\":{\"name\":\"" +
            QByteArray(600, 'x') + "\"}}}\n";
        const QByteArray input = first + huge + first;
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            EngineEventParser parser(512);
            QList<EngineEvent> events = parser.feed(QByteArrayView(input).first(cut));
            events += parser.feed(QByteArrayView(input).sliced(cut));
            events += parser.finish();
            QVERIFY(parser.hasError());
            QVERIFY(parser.error().message().contains(QLatin1StringView("longer than 512 bytes")));
            QCOMPARE(events.size(), 1);
        }
    }

    void blankLinesAndCrLf()
    {
        const QByteArray bytes = stream(QStringLiteral("session"));
        QByteArray padded = bytes;
        padded.replace("\n", "\r\n\r\n \t\n");
        const Replay captured = replay(bytes);
        const Replay r = replay(padded);
        QVERIFY(!r.error);
        QCOMPARE(r.events.size(), captured.events.size());
    }
};

QTEST_GUILESS_MAIN(TestEngineEvents)
#include "tst_engineevents.moc"
