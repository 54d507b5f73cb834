// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/workerhome.h"

#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "jobs/job.h"

namespace Berth::Jobs {

void WorkerHome::startJob(const QString &jobId, const JobSpec &spec,
                          const std::shared_ptr<CredentialSource> &credentials)
{
    auto *job = new Job(jobId, spec, imagesFor(spec.endpoint), credentials, this);
    m_job = job;
    connect(job, &Job::progressed, this, &WorkerHome::jobProgressed);
    connect(job, &Job::finished, this, &WorkerHome::jobFinished);
    connect(job, &Job::finished, job, &QObject::deleteLater);
    job->start();
}

void WorkerHome::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

Engine::EngineImages *WorkerHome::imagesFor(const Engine::EngineEndpoint &endpoint)
{
    Engine::EngineImages *&images = m_images[endpoint.url()];
    if (!images) {
        auto *client = new Engine::EngineClient(endpoint, this);
        images = new Engine::EngineImages(client, this);
    }
    return images;
}

} // namespace Berth::Jobs
