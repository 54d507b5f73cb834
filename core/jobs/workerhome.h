// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "jobs/joboutcome.h"
#include "jobs/jobprogress.h"
#include "jobs/jobspec.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Berth::Engine {
class EngineImages;
}

namespace Berth::Jobs {

class Job;

// What a worker thread owns: its engine clients and the job it runs. Lives on the worker
// thread; JobWorker reaches it only through queued calls and hears it through its signals.
class WorkerHome final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Runs the job on the client of its endpoint; jobFinished() tells its end.
    void startJob(const QString &jobId, const JobSpec &spec,
                  const std::shared_ptr<CredentialSource> &credentials);
    // Cancels the job that runs, if any.
    void cancelJob();

Q_SIGNALS:
    // The running job's reports, with its id: JobWorker relays them to the queue.
    void jobProgressed(const QString &jobId, const Berth::Jobs::JobProgress &progress);
    void jobFinished(const QString &jobId, const Berth::Jobs::JobOutcome &outcome);

private:
    // The images API of the endpoint's client, created on first use.
    Engine::EngineImages *imagesFor(const Engine::EngineEndpoint &endpoint);

    QHash<QString, Engine::EngineImages *> m_images;
    QPointer<Job> m_job;
};

} // namespace Berth::Jobs
