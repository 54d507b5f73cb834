// SPDX-License-Identifier: GPL-3.0-or-later
#include "timingapplication.h"

#include <QEvent>
#include <QMetaEnum>
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
    const qint64 start = m_clock.nsecsElapsed();
    const qint64 cpuStart = threadCpuNs();
    ++m_depth;
    const QEvent::Type type = event->type();
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double ms = double(m_clock.nsecsElapsed() - start) / 1e6;
    if (ms >= m_thresholdMs) {
        // The receiver may be gone (a deleteLater); name it from what is still safe.
        const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(int(type));
        const double cpuMs = cpuStart < 0 ? -1 : double(threadCpuNs() - cpuStart) / 1e6;
        m_slow.append({ms, cpuMs,
                       QString::fromLatin1(typeName ? typeName : "event") + QStringLiteral(" to ") +
                           (type == QEvent::DeferredDelete
                                ? QStringLiteral("(deleted)")
                                : QString::fromLatin1(receiver->metaObject()->className()) + u' ' +
                                      receiver->objectName())});
    }
    return result;
}
