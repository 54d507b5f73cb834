// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Berth::Jobs {

// At most one progress report per interval: the daemon writes a line per 512 KiB or so,
// hundreds a second over several layers, and every report crosses threads and repaints.
// The caller passes the time (monotonic ms), so the rule is testable without a clock.
class ProgressThrottle final
{
public:
    explicit ProgressThrottle(qint64 intervalMs = 100);

    // Something changed at nowMs. Returns 0 when it may be reported now, else the ms to
    // wait before reporting the newest state (the caller arms one timer for that).
    qint64 delayFor(qint64 nowMs) const;
    // A report went out at nowMs.
    void reported(qint64 nowMs);

private:
    qint64 m_intervalMs;
    qint64 m_lastReport = -1;
};

} // namespace Berth::Jobs
