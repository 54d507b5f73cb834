// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "jobs/jobrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Berth::Cli {

// --timeout for jobs: the engine's connection for a pull or push has no idle limit of its
// own short enough (the daemon may wait on a silent registry for minutes, and says nothing
// meanwhile), so a running job that reports nothing for the given seconds is named here,
// for the caller to cancel. Queued jobs are not timed: they wait for a slot, not the engine.
class SilenceWatchdog final : public QObject
{
    Q_OBJECT

public:
    // seconds <= 0: never fires.
    SilenceWatchdog(int seconds, QObject *parent = nullptr);

    void heard(const Jobs::JobRecord &job);
    bool hasSilenced(const QString &jobId) const { return m_silenced.contains(jobId); }
    // The error a silenced job ends with.
    Error error() const;

Q_SIGNALS:
    void silent(const QString &jobId);

private:
    void check();

    int m_seconds;
    QTimer m_tick;
    QHash<QString, QElapsedTimer> m_lastWord;
    QSet<QString> m_silenced;
};

} // namespace Berth::Cli
