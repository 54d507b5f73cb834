// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/joboutcome.h"
#include "jobs/jobprogress.h"
#include "jobs/jobspec.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace Berth::Jobs {

class WorkerHome;

// A thread of the pool with its own event loop and its own engine clients (one per
// endpoint, kept for the worker's life so the API version is negotiated once). Runs one
// job at a time. Owned by JobQueue, used from the queue's thread only; the callbacks run
// on that thread too.
class JobWorker final : public QObject
{
    Q_OBJECT

public:
    using ProgressHandler = std::function<void(const JobProgress &)>;
    using DoneHandler = std::function<void(const JobOutcome &)>;

    explicit JobWorker(int index, QObject *parent = nullptr);
    // Ends what runs (its sockets close) and joins the thread.
    ~JobWorker() override;

    bool isBusy() const { return m_busy; }
    void run(const JobSpec &spec, ProgressHandler progress, DoneHandler done);
    void cancel();

private:
    QThread m_thread;
    WorkerHome *m_home; // lives on m_thread
    bool m_busy = false;
};

} // namespace Berth::Jobs
