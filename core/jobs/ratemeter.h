// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace Berth::Jobs {

// Speed and time left of a transfer from (time, bytes done) samples over a sliding window:
// recent enough to follow a stall or a burst, long enough not to jitter with every line.
class RateMeter final
{
public:
    explicit RateMeter(qint64 windowMs = 3000);

    // A sample at nowMs (monotonic); bytes never shrink in a transfer, a smaller value
    // (a layer restarted by the daemon) starts the window again.
    void add(qint64 nowMs, qint64 bytesDone);
    // Bytes per second over the window; 0 until it spans 200 ms.
    double bytesPerSecond() const;
    // Seconds until `total` at the current speed; -1 when unknown (no speed, no total).
    qint64 etaSeconds(qint64 total) const;

private:
    struct Sample
    {
        qint64 time;
        qint64 bytes;
    };
    qint64 m_windowMs;
    QList<Sample> m_samples;
};

} // namespace Berth::Jobs
