// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>

// A QApplication that times every event the GUI thread delivers at the top level, so a
// late probe tick can be put down to the slot, paint or timer that held the thread, or
// to nothing on the thread at all (the thread was waiting for a core).
class TimingApplication final : public QApplication
{
    Q_OBJECT

public:
    struct SlowEvent
    {
        double ms = 0;
        double cpuMs = -1; // of which the thread ran (Linux), the rest it waited
        QString what; // "MetaCall to Berth::Ui::JobsModel", "UpdateRequest to QWidget mainWindow"
    };

    TimingApplication(int &argc, char **argv);

    // Starts a new record of the events slower than `thresholdMs`.
    void startRecording(double thresholdMs);
    // The slowest events since startRecording(), slowest first.
    QList<SlowEvent> slowest(int count) const;

    bool notify(QObject *receiver, QEvent *event) override;

private:
    bool m_recording = false;
    double m_thresholdMs = 0;
    int m_depth = 0;
    QElapsedTimer m_clock;
    QList<SlowEvent> m_slow;
};
