// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/silencewatchdog.h"

namespace Berth::Cli {

SilenceWatchdog::SilenceWatchdog(int seconds, QObject *parent)
    : QObject(parent)
    , m_seconds(seconds)
{
    m_tick.setInterval(std::chrono::milliseconds(250));
    connect(&m_tick, &QTimer::timeout, this, &SilenceWatchdog::check);
}

void SilenceWatchdog::heard(const Jobs::JobRecord &job)
{
    if (m_seconds <= 0)
        return;
    if (job.state != Jobs::JobState::Running) {
        m_lastWord.remove(job.id);
        return;
    }
    m_lastWord[job.id].start();
    if (!m_tick.isActive())
        m_tick.start();
}

Error SilenceWatchdog::error() const
{
    return Error(ErrorKind::Timeout,
                 tr("no word from the engine for %1 s (--timeout)").arg(m_seconds));
}

void SilenceWatchdog::check()
{
    for (auto it = m_lastWord.begin(); it != m_lastWord.end();) {
        if (it.value().hasExpired(qint64(m_seconds) * 1000)) {
            const QString id = it.key();
            it = m_lastWord.erase(it);
            m_silenced.insert(id);
            Q_EMIT silent(id);
        } else {
            ++it;
        }
    }
    if (m_lastWord.isEmpty())
        m_tick.stop();
}

} // namespace Berth::Cli
