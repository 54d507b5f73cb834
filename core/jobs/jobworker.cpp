// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobworker.h"

#include "jobs/job.h"
#include "jobs/workerhome.h"

#include <QPointer>

namespace Berth::Jobs {

JobWorker::JobWorker(int index, QObject *parent)
    : QObject(parent)
    , m_home(new WorkerHome)
{
    m_thread.setObjectName(QStringLiteral("berth-job-%1").arg(index));
    m_home->moveToThread(&m_thread);
    // The home and everything in it (clients, the job, its sockets) die on their thread.
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

JobWorker::~JobWorker()
{
    // Blocking: the cancel must run before the loop quits (posted events may be dropped
    // then); the worker thread never waits on this one, so this cannot deadlock.
    QMetaObject::invokeMethod(
        m_home,
        [home = m_home] {
            if (Job *job = home->job())
                job->cancel();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JobWorker::run(const JobSpec &spec, ProgressHandler progress, DoneHandler done)
{
    m_busy = true;
    QPointer<JobWorker> self(this);
    // Results cross back to this thread as queued calls on `self`; a worker that is gone
    // by then (the queue was destroyed) drops them.
    const auto toOwner = [self](std::function<void()> call) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, call] {
                if (self)
                    call();
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(m_home, [home = m_home, spec, progress, done, toOwner, self] {
        auto *job = new Job(spec, home->imagesFor(spec.endpoint), home);
        home->setJob(job);
        QObject::connect(job, &Job::progressed, home, [toOwner, progress](const JobProgress &p) {
            toOwner([progress, p] { progress(p); });
        });
        QObject::connect(job, &Job::finished, home,
                         [toOwner, done, self, job](const JobOutcome &outcome) {
                             job->deleteLater();
                             toOwner([self, done, outcome] {
                                 self->m_busy = false;
                                 done(outcome);
                             });
                         });
        job->start();
    });
}

void JobWorker::cancel()
{
    QMetaObject::invokeMethod(m_home, [home = m_home] {
        if (Job *job = home->job())
            job->cancel();
    });
}

} // namespace Berth::Jobs
