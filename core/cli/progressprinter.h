// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"
#include "jobs/jobrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

namespace Berth::Cli {

// Shows jobs' progress on stderr: on a terminal, a bar per layer redrawn at most ten times
// a second; otherwise a plain line whenever a layer or the job's status changes, so logs
// stay readable. With several jobs, each one's lines carry its label.
//
// Lines come in the order of the daemon's events: its opening line ("Pulling from ...",
// "The push refers to ...") before the layers, its closing lines ("Digest: ...",
// "Status: ...") after them, on a terminal too. A job's progress is a snapshot taken at most
// ten times a second, so several events may arrive at once; their kind gives their order.
class ProgressPrinter final
{
public:
    // terminal: redraw bars in place (stderr is a terminal), else print plain lines.
    ProgressPrinter(const Console &console, bool terminal);

    // label: empty when only one job runs.
    void update(const Jobs::JobRecord &job, const QString &label);
    // Draws the last state in full, whatever the throttle said.
    void finish();

private:
    struct Shown
    {
        QString label;
        Jobs::JobProgress progress;
        QStringList opening; // the daemon's opening lines, in order
        QStringList closing; // its closing lines, in order
        QString retryNotice; // the current "Retrying in ..." notice, if any
        QHash<QString, QString> printedStates;
        qsizetype logLinesPrinted = 0; // a build's
    };

    void record(Shown &shown, const Jobs::JobRecord &job);
    void printNewLogLines(Shown &shown, const Jobs::JobRecord &job);
    void drawTerminal();
    QString changes(Shown &job, const QStringList &newOpening, const QStringList &newClosing);

    const Console &m_console;
    bool m_terminal;
    QElapsedTimer m_sinceDraw;
    int m_linesDrawn = 0;
    QStringList m_order;
    QHash<QString, Shown> m_jobs;
};

} // namespace Berth::Cli
