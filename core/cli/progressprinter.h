// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"
#include "jobs/jobprogress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

namespace Berth::Cli {

// Shows jobs' progress on stderr: on a terminal, a bar per layer redrawn at most ten times
// a second; otherwise a plain line whenever a layer or the job's status changes, so logs
// stay readable. With several jobs, each one's lines carry its label.
class ProgressPrinter final
{
public:
    explicit ProgressPrinter(const Console &console);

    // label: empty when only one job runs.
    void update(const QString &jobId, const QString &label, const Jobs::JobProgress &progress);
    // Draws the last state in full, whatever the throttle said.
    void finish();

private:
    struct Shown
    {
        QString label;
        Jobs::JobProgress progress;
        QHash<QString, QString> printedStates;
        QString printedStatus;
    };

    void drawTerminal();
    QString changes(Shown &job);

    const Console &m_console;
    bool m_terminal;
    QElapsedTimer m_sinceDraw;
    int m_linesDrawn = 0;
    QStringList m_order;
    QHash<QString, Shown> m_jobs;
};

} // namespace Berth::Cli
