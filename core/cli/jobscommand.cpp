// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jobscommand.h"

#include "cli/commandline.h"
#include "cli/dataformat.h"
#include "cli/imagesubcommands.h"
#include "jobs/jobhistory.h"
#include "jobs/jobstate.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Berth::Cli {

namespace {

QString duration(const Jobs::HistoryEntry &entry)
{
    if (!entry.start.isValid() || !entry.end.isValid())
        return QStringLiteral("-");
    const qint64 ms = entry.start.msecsTo(entry.end);
    return ms < 10000 ? QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1)
                      : QStringLiteral("%1 s").arg(ms / 1000);
}

} // namespace

QString JobsCommand::summary() const
{
    return tr("List the jobs Berth ran: pulls, pushes, saves, loads");
}

int JobsCommand::run(const QStringList &args, const GlobalOptions &, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the job history that the window and berthctl share, oldest first. A job "
           "that was running when its process died shows as interrupted."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object per line and job."));
    const QCommandLineOption lastOption(QStringLiteral("last"), tr("Show only the last N jobs."),
                                        QStringLiteral("N"));
    parser.addOptions({jsonOption, lastOption});
    if (const auto code =
            parseArguments(parser, QStringLiteral("berthctl jobs"), args, console, 0, 0))
        return *code;
    bool ok = true;
    const int last = parser.isSet(lastOption) ? parser.value(lastOption).toInt(&ok) : -1;
    if (!ok || (parser.isSet(lastOption) && last <= 0)) {
        console.err(tr("berthctl jobs: --last takes a whole number above 0\n"));
        return ExitUsage;
    }

    Jobs::JobHistory history;
    const auto entries = history.load();
    for (const QString &problem : history.takeProblems())
        console.err(QStringLiteral("berthctl: ") + problem + u'\n');
    if (!entries) {
        console.err(QStringLiteral("berthctl: ") + entries.error().message() + u'\n');
        return ExitFailure;
    }
    const qsizetype first = last > 0 ? qMax<qsizetype>(0, entries->size() - last) : 0;
    QString out;
    if (parser.isSet(jsonOption)) {
        for (qsizetype i = first; i < entries->size(); ++i)
            out += QString::fromUtf8(
                       QJsonDocument(entries->at(i).toJson()).toJson(QJsonDocument::Compact)) +
                   u'\n';
        console.out(out);
        return ExitOk;
    }
    // A table is data, as docker's are: its words are never translated.
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("JOB"), QStringLiteral("IMAGES"),
                             QStringLiteral("STARTED"), QStringLiteral("TOOK"),
                             QStringLiteral("RESULT"), QStringLiteral("DETAIL")}};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qsizetype i = first; i < entries->size(); ++i) {
        const Jobs::HistoryEntry &entry = entries->at(i);
        const auto state = Jobs::stateFromName(entry.result);
        QStringList images = entry.references;
        if (!entry.file.isEmpty())
            images.append(entry.file);
        // A retried job has a row per attempt: "1a2b3c4d #2".
        const QString id = entry.attempt > 1 ? entry.id.left(8) + QStringLiteral(" #") +
                                                   QString::number(entry.attempt)
                                             : entry.id.left(8);
        rows.append({id, entry.kind, images.join(QStringLiteral(", ")),
                     entry.start.isValid() ? dockerAge(entry.start.toSecsSinceEpoch(), now)
                                           : QStringLiteral("-"),
                     duration(entry), state ? Jobs::stateWord(*state) : entry.result,
                     entry.detail()});
    }
    console.out(formatTable(rows));
    return ExitOk;
}

} // namespace Berth::Cli
