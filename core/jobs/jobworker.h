// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "jobs/joboutcome.h"
#include "jobs/jobprogress.h"
#include "jobs/jobspec.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace Berth::Jobs {

class WorkerHome;

// A thread of the pool with its own event loop and its own engine clients (one per
// endpoint, kept for the worker's life so the API version is negotiated once). Runs one
// job at a time. Owned by JobQueue, used from the queue's thread only; its signals arrive
// there, queued from the worker thread, and stop with the worker.
class JobWorker final : public QObject
{
    Q_OBJECT

public:
    explicit JobWorker(int index, QObject *parent = nullptr);
    // stop(), then joins the thread.
    ~JobWorker() override;

    bool isBusy() const { return m_busy; }
    // The job asks `credentials` for its login's secret when it starts (none: anonymous).
    void run(const QString &jobId, const JobSpec &spec,
             const std::shared_ptr<CredentialSource> &credentials = {});
    void cancel();
    // Cancels the job (its sockets close) and ends the thread's loop, without waiting: a
    // queue that closes stops every worker first, then joins them all at once. Idempotent;
    // run() and cancel() do nothing afterwards.
    void stop();

Q_SIGNALS:
    void jobProgressed(const QString &jobId, const Berth::Jobs::JobProgress &progress);
    void jobFinished(const QString &jobId, const Berth::Jobs::JobOutcome &outcome);

private Q_SLOTS:
    void onJobFinished(const QString &jobId, const Berth::Jobs::JobOutcome &outcome);

private:
    QThread m_thread;
    WorkerHome *m_home; // lives on m_thread
    bool m_busy = false;
    bool m_stopping = false;
};

} // namespace Berth::Jobs
