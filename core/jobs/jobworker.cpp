// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobworker.h"

#include "jobs/workerhome.h"

namespace Berth::Jobs {

JobWorker::JobWorker(int index, QObject *parent)
    : QObject(parent)
    , m_home(new WorkerHome)
{
    m_thread.setObjectName(QStringLiteral("berth-job-%1").arg(index));
    m_home->moveToThread(&m_thread);
    // The home and everything in it (clients, the job, its sockets) die on their thread.
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    // Queued: the home emits on the worker thread. A worker that is gone drops them.
    connect(m_home, &WorkerHome::jobProgressed, this, &JobWorker::jobProgressed);
    connect(m_home, &WorkerHome::jobFinished, this, &JobWorker::onJobFinished);
    m_thread.start();
}

JobWorker::~JobWorker()
{
    stop();
    m_thread.wait();
}

void JobWorker::run(const QString &jobId, const JobSpec &spec,
                    const std::shared_ptr<CredentialSource> &credentials)
{
    if (m_stopping)
        return;
    m_busy = true;
    QMetaObject::invokeMethod(m_home, [home = m_home, jobId, spec, credentials] {
        home->startJob(jobId, spec, credentials);
    });
}

void JobWorker::cancel()
{
    if (m_stopping)
        return; // the stop cancels, and the home may be gone
    QMetaObject::invokeMethod(m_home, [home = m_home] { home->cancelJob(); });
}

void JobWorker::stop()
{
    // Once only: after the loop has ended the thread deletes the home, so a second call
    // (the queue stops every worker, then deletes each, whose destructor stops it) would
    // post to freed memory.
    if (m_stopping)
        return;
    m_stopping = true;
    // One event: the cancel runs before the loop ends (events posted after a quit may
    // never run).
    QMetaObject::invokeMethod(m_home, [home = m_home] {
        home->cancelJob();
        QThread::currentThread()->quit();
    });
}

void JobWorker::onJobFinished(const QString &jobId, const JobOutcome &outcome)
{
    m_busy = false;
    Q_EMIT jobFinished(jobId, outcome);
}

} // namespace Berth::Jobs
