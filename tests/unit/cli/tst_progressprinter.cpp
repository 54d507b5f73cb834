// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl's progress lines against a pull stream recorded from dockerd 20.10, delivered
// as the job pool delivers it: snapshots, several events at once. The order on screen must
// be the order of the events, in a log and on a terminal (whose final screen is replayed
// here from the escape sequences written).
#include "cli/progressprinter.h"
#include "engine/progressstreamparser.h"
#include "engine/transferprogress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cstdio>

using namespace Berth;
using namespace Berth::Cli;

namespace {

const QString Digest =
    QStringLiteral("sha256:646b4ea2998de81f689886c9c49a929cf9186b2f356d92e10af39ccce174ac15");

// The recorded stream, cut into the snapshots a 100 ms throttle made of it: the opening
// line arrives with the first layer, the digest with the final status.
QList<QList<QByteArray>> recordedSnapshots()
{
    const QByteArray digest = Digest.toLatin1();
    return {
        {R"({"status":"Pulling from t/img","id":"1"})",
         R"({"status":"Pulling fs layer","progressDetail":{},"id":"f17dbfbda34b"})"},
        {R"({"status":"Downloading","progressDetail":{"current":512,"total":1024},"id":"f17dbfbda34b"})"},
        {R"({"status":"Verifying Checksum","progressDetail":{},"id":"f17dbfbda34b"})",
         R"({"status":"Download complete","progressDetail":{},"id":"f17dbfbda34b"})",
         R"({"status":"Pull complete","progressDetail":{},"id":"f17dbfbda34b"})"},
        {R"({"status":"Digest: )" + digest + R"("})",
         R"({"status":"Status: Downloaded newer image for 127.0.0.1:5000/t/img:1"})"},
    };
}

// Feeds the snapshots to a printer; returns what it wrote to stderr.
QString print(bool terminal)
{
    char *buffer = nullptr;
    size_t size = 0;
    FILE *err = open_memstream(&buffer, &size);
    {
        const Console console(stdout, err);
        ProgressPrinter printer(console, terminal);
        Engine::TransferProgress transfer;
        Jobs::JobRecord job;
        job.id = QStringLiteral("job-1");
        job.spec.kind = Jobs::JobKind::Pull;
        job.state = Jobs::JobState::Running;
        for (const QList<QByteArray> &snapshot : recordedSnapshots()) {
            for (const QByteArray &line : snapshot)
                transfer.apply(
                    Engine::ProgressStreamParser::fromJson(QJsonDocument::fromJson(line).object()));
            job.progress.layers = transfer.layers();
            job.progress.status = transfer.status();
            job.digest = transfer.digest();
            printer.update(job, QString());
            QTest::qWait(110); // past the terminal's redraw throttle
        }
        printer.finish();
    }
    std::fclose(err);
    const QString text = QString::fromUtf8(buffer, qsizetype(size));
    std::free(buffer);
    return text;
}

// What a terminal shows after `text`: "\x1b[NA" moves up, "\x1b[2K" clears the line.
QStringList screen(const QString &text)
{
    QStringList lines;
    qsizetype row = 0;
    static const QRegularExpression escape(QStringLiteral("^\\x1b\\[(\\d*)([AK])"));
    for (qsizetype i = 0; i < text.size();) {
        const auto match = escape.match(text.mid(i, 12));
        if (match.hasMatch()) {
            if (match.captured(2) == u"A")
                row -= match.captured(1).toInt();
            else if (row < lines.size())
                lines[row].clear();
            i += match.capturedLength();
            continue;
        }
        while (lines.size() <= row)
            lines.append(QString());
        if (text.at(i) == u'\n')
            ++row;
        else
            lines[row] += text.at(i);
        ++i;
    }
    return lines;
}

QStringList expectedOrder()
{
    return {QStringLiteral("Pulling from t/img"), QStringLiteral("f17dbfbda34b: Pull complete"),
            QStringLiteral("Digest: ") + Digest,
            QStringLiteral("Status: Downloaded newer image for 127.0.0.1:5000/t/img:1")};
}

} // namespace

class TestProgressPrinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainLinesFollowTheEvents()
    {
        const QStringList lines = print(false).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("Pulling from t/img"));
        qsizetype last = -1;
        for (const QString &expected : expectedOrder()) {
            const qsizetype at = lines.indexOf(expected);
            QVERIFY2(at > last, qPrintable(expected + u'\n' + lines.join(u'\n')));
            last = at;
        }
        QCOMPARE(lines.last(), expectedOrder().last());
    }

    void terminalScreenFollowsTheEvents()
    {
        QStringList lines = screen(print(true));
        lines.removeAll(QString());
        QCOMPARE(lines, expectedOrder());
    }
};

QTEST_GUILESS_MAIN(TestProgressPrinter)
#include "tst_progressprinter.moc"
