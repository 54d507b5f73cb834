// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobspec.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Berth::Engine {
class EngineImages;
}

namespace Berth::Jobs {

class Job;

// What a worker thread owns: its engine clients and the job it runs. Lives on the worker
// thread; JobWorker reaches it only through queued calls.
class WorkerHome final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The images API of the endpoint's client, created on first use.
    Engine::EngineImages *imagesFor(const Engine::EngineEndpoint &endpoint);
    Job *job() const { return m_job; }
    void setJob(Job *job) { m_job = job; }

private:
    QHash<QString, Engine::EngineImages *> m_images;
    QPointer<Job> m_job;
};

} // namespace Berth::Jobs
