// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <ctime>

// Measures how late the thread's event loop serves a precise timer: each tick records how
// much longer than the interval it came after the one before. While the loop runs idle
// that is a fraction of a millisecond; whatever the thread does between ticks (painting,
// model updates, parsing) shows as lateness. 16 ms late is a dropped frame at 60 Hz.
class LatencyProbe final : public QObject
{
    Q_OBJECT

public:
    struct Figures
    {
        qsizetype ticks = 0;
        double medianMs = 0;
        double p99Ms = 0;
        double worstMs = 0;
        qsizetype over16Ms = 0; // ticks that came a whole frame late
        // Where the worst tick's gap went (Linux; -1 elsewhere): the thread running, the
        // thread runnable but waiting for a core, and the rest asleep (a lock, a page read
        // from disk: majorFaults counts those).
        double worstCpuMs = -1;
        // The thread's own work between two ticks, whatever the machine's load: the
        // longest stretch and the 99th percentile (Linux; -1 elsewhere).
        double longestRunMs = -1;
        double p99RunMs = -1;
        // CPU the whole process (every thread: GUI, job workers) used, in cores.
        double processCores = 0;
        double worstRunQueueMs = -1;
        qint64 worstMajorFaults = -1;
        // How busy the machine's cores were, 0..1 (Linux; -1 elsewhere): whether the
        // delays are Berth's or the machine's.
        double machineBusy = -1;
    };

    explicit LatencyProbe(std::chrono::milliseconds interval, QObject *parent = nullptr);

    void start();
    Figures stop();

private:
    void tick();

    std::chrono::nanoseconds m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::clock_t m_processStart = 0;
    struct ThreadTimes
    {
        qint64 cpuNs = -1;
        qint64 runQueueNs = -1;
        qint64 majorFaults = -1;
    };
    static ThreadTimes threadTimes();
    struct MachineTimes
    {
        qint64 busy = -1;
        qint64 total = -1;
    };
    static MachineTimes machineTimes();

    MachineTimes m_machineStart;

    ThreadTimes m_lastTimes;
    ThreadTimes m_worstGap;
    QList<qint64> m_lateNs;
    QList<qint64> m_runNs;
    qint64 m_worstLateNs = -1;
};
