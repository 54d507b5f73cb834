// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyprobe.h"

#include <algorithm>

LatencyProbe::LatencyProbe(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_interval(interval)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start()
{
    m_lateNs.clear();
    m_lateNs.reserve(1 << 16);
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_lateNs.append(qMax<qint64>(0, now - m_lastNs - m_interval.count()));
    m_lastNs = now;
}

LatencyProbe::Figures LatencyProbe::stop()
{
    m_timer.stop();
    Figures figures;
    if (m_lateNs.isEmpty())
        return figures;
    QList<qint64> sorted = m_lateNs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double quantile) {
        const auto i = qsizetype(quantile * double(sorted.size() - 1));
        return double(sorted.at(i)) / 1e6;
    };
    figures.ticks = sorted.size();
    figures.medianMs = at(0.5);
    figures.p99Ms = at(0.99);
    figures.worstMs = double(sorted.last()) / 1e6;
    figures.over16Ms = std::count_if(sorted.cbegin(), sorted.cend(),
                                     [](qint64 late) { return late > 16'000'000; });
    return figures;
}
