// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

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
    QList<qint64> m_lateNs;
};
