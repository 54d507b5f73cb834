// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyprobe.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <QFile>
#include <sys/resource.h>
#endif

// /proc/thread-self/schedstat: nanoseconds on a CPU, nanoseconds waiting on a run queue.
LatencyProbe::ThreadTimes LatencyProbe::threadTimes()
{
    ThreadTimes times;
#ifdef Q_OS_LINUX
    QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
    if (schedstat.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = schedstat.readAll().split(' ');
        if (fields.size() >= 2) {
            times.cpuNs = fields.at(0).toLongLong();
            times.runQueueNs = fields.at(1).toLongLong();
        }
    }
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) == 0)
        times.majorFaults = usage.ru_majflt;
#endif
    return times;
}

// The first line of /proc/stat: jiffies of all cores by kind; idle and iowait are idle.
LatencyProbe::MachineTimes LatencyProbe::machineTimes()
{
    MachineTimes times;
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return times;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    if (fields.size() < 6 || fields.at(0) != "cpu")
        return times;
    qint64 total = 0;
    for (qsizetype i = 1; i < fields.size(); ++i)
        total += fields.at(i).toLongLong();
    times.total = total;
    times.busy = total - fields.at(4).toLongLong() - fields.at(5).toLongLong();
#endif
    return times;
}

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
    m_runNs.clear();
    m_runNs.reserve(1 << 16);
    m_clock.start();
    m_processStart = std::clock();
    m_machineStart = machineTimes();
    m_lastNs = 0;
    m_lastTimes = threadTimes();
    m_worstGap = {};
    m_worstLateNs = -1;
    m_timer.start();
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const ThreadTimes times = threadTimes();
    const qint64 late = qMax<qint64>(0, now - m_lastNs - m_interval.count());
    m_lateNs.append(late);
    if (times.cpuNs >= 0)
        m_runNs.append(times.cpuNs - m_lastTimes.cpuNs);
    if (late > m_worstLateNs && times.cpuNs >= 0) {
        m_worstLateNs = late;
        m_worstGap = {times.cpuNs - m_lastTimes.cpuNs, times.runQueueNs - m_lastTimes.runQueueNs,
                      times.majorFaults - m_lastTimes.majorFaults};
    }
    m_lastNs = now;
    m_lastTimes = times;
}

LatencyProbe::Figures LatencyProbe::stop()
{
    m_timer.stop();
    Figures figures;
    const double wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    if (wallSeconds > 0)
        figures.processCores = double(std::clock() - m_processStart) / CLOCKS_PER_SEC / wallSeconds;
    const MachineTimes machine = machineTimes();
    if (machine.total > m_machineStart.total && m_machineStart.total >= 0)
        figures.machineBusy = double(machine.busy - m_machineStart.busy) /
                              double(machine.total - m_machineStart.total);
    if (m_lateNs.isEmpty())
        return figures;
    QList<qint64> sorted = m_lateNs;
    std::sort(sorted.begin(), sorted.end());
    const auto quantileMs = [](const QList<qint64> &values, double quantile) {
        const auto i = qsizetype(quantile * double(values.size() - 1));
        return double(values.at(i)) / 1e6;
    };
    const auto at = [&](double quantile) {
        return quantileMs(sorted, quantile);
    };
    if (!m_runNs.isEmpty()) {
        QList<qint64> runs = m_runNs;
        std::sort(runs.begin(), runs.end());
        figures.longestRunMs = double(runs.last()) / 1e6;
        figures.p99RunMs = quantileMs(runs, 0.99);
    }
    figures.ticks = sorted.size();
    figures.medianMs = at(0.5);
    figures.p99Ms = at(0.99);
    figures.worstMs = double(sorted.last()) / 1e6;
    if (m_worstGap.cpuNs >= 0) {
        figures.worstCpuMs = double(m_worstGap.cpuNs) / 1e6;
        figures.worstRunQueueMs = double(m_worstGap.runQueueNs) / 1e6;
        figures.worstMajorFaults = m_worstGap.majorFaults;
    }
    figures.over16Ms = std::count_if(sorted.cbegin(), sorted.cend(),
                                     [](qint64 late) { return late > 16'000'000; });
    return figures;
}
