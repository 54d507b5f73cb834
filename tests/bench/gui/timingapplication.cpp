// SPDX-License-Identifier: GPL-3.0-or-later
#include "timingapplication.h"

#include <QEvent>
#include <QMetaEnum>
#include <QPointer>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <time.h>
#endif

namespace {

qint64 threadCpuNs()
{
#ifdef Q_OS_LINUX
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#else
    return -1;
#endif
}

} // namespace

TimingApplication::TimingApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    m_clock.start();
}

void TimingApplication::startRecording(double thresholdMs)
{
    m_slow.clear();
    m_thresholdMs = thresholdMs;
    m_recording = true;
}

QList<TimingApplication::SlowEvent> TimingApplication::slowest(int count) const
{
    QList<SlowEvent> sorted = m_slow;
    std::sort(sorted.begin(), sorted.end(),
              [](const SlowEvent &a, const SlowEvent &b) { return a.ms > b.ms; });
    return sorted.mid(0, count);
}

bool TimingApplication::notify(QObject *receiver, QEvent *event)
{
    // Only the GUI thread's outermost deliveries: nested ones are inside their time.
    if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    // The receiver may delete itself while it handles the event: what names it is taken
    // first (the class name is static), and its object name only if it still exists.
    const char *className = receiver->metaObject()->className();
    const QPointer<QObject> alive(receiver);
    const QEvent::Type type = event->type();
    const qint64 start = m_clock.nsecsElapsed();
    const qint64 cpuStart = threadCpuNs();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(m_clock.nsecsElapsed() - start) / 1e6;
    if (ms >= m_thresholdMs) {
        const double cpuMs = cpuStart < 0 ? -1 : double(threadCpuNs() - cpuStart) / 1e6;
        const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(int(type));
        m_slow.append({ms, cpuMs,
                       QString::fromLatin1(typeName ? typeName : "event") + QStringLiteral(" to ") +
                           QString::fromLatin1(className) + u' ' +
                           (alive ? alive->objectName() : QStringLiteral("(deleted)"))});
    }
    return result;
}
