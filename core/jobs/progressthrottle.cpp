// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/progressthrottle.h"

namespace Berth::Jobs {

ProgressThrottle::ProgressThrottle(qint64 intervalMs)
    : m_intervalMs(intervalMs)
{}

qint64 ProgressThrottle::delayFor(qint64 nowMs) const
{
    if (m_lastReport < 0)
        return 0;
    const qint64 since = nowMs - m_lastReport;
    return since >= m_intervalMs ? 0 : m_intervalMs - since;
}

void ProgressThrottle::reported(qint64 nowMs)
{
    m_lastReport = nowMs;
}

} // namespace Berth::Jobs
