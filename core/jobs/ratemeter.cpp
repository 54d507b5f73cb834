// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/ratemeter.h"

#include <cmath>

namespace Berth::Jobs {

namespace {
constexpr qint64 MinimumSpanMs = 200;
}

RateMeter::RateMeter(qint64 windowMs)
    : m_windowMs(windowMs)
{}

void RateMeter::add(qint64 nowMs, qint64 bytesDone)
{
    if (!m_samples.isEmpty() && bytesDone < m_samples.last().bytes)
        m_samples.clear();
    m_samples.append({nowMs, bytesDone});
    // Keep one sample at or before the window's start, so the span covers the window.
    while (m_samples.size() > 2 && nowMs - m_samples.at(1).time >= m_windowMs)
        m_samples.removeFirst();
}

double RateMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.first();
    const Sample &last = m_samples.last();
    const qint64 span = last.time - first.time;
    if (span < MinimumSpanMs)
        return 0;
    return double(last.bytes - first.bytes) * 1000.0 / double(span);
}

qint64 RateMeter::etaSeconds(qint64 total) const
{
    const double rate = bytesPerSecond();
    if (total < 0 || m_samples.isEmpty() || rate <= 0)
        return -1;
    const qint64 left = total - m_samples.last().bytes;
    return left <= 0 ? 0 : qint64(std::ceil(double(left) / rate));
}

} // namespace Berth::Jobs
