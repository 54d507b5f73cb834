// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs jobs on a queue of four, each asking `source` for its login when it starts, and
// waits for all of them to finish (the ceiling is a hang guard only). A job that did not
// finish has an empty record (state Queued), which the caller's checks then fail on.
#include "jobs/jobqueue.h"

#include <QDateTime>
#include <QHash>
#include <QTest>

#include <memory>

inline QList<Berth::Jobs::JobRecord> runJobs(const QList<Berth::Jobs::JobSpec> &specs,
                                             std::shared_ptr<Berth::CredentialSource> source)
{
    using namespace Berth::Jobs;
    JobQueue queue(JobQueue::Limits::all(4));
    queue.setCredentialSource(std::move(source));
    QHash<QString, JobRecord> finished;
    QObject::connect(&queue, &JobQueue::jobFinished, &queue,
                     [&finished](const JobRecord &r) { finished.insert(r.id, r); });
    QStringList ids;
    for (const JobSpec &spec : specs)
        ids.append(queue.enqueue(spec));
    if (!QTest::qWaitFor([&] { return finished.size() == ids.size(); }, 180000))
        qWarning("runJobs: %lld of %lld jobs finished", qint64(finished.size()),
                 qint64(ids.size()));
    QList<JobRecord> records;
    for (const QString &id : std::as_const(ids))
        records.append(finished.value(id));
    return records;
}

// `count` jobs that tag the seeded busybox as HOST/REPOSITORY/imgN:RUN and push it with the
// registry's default login: the push needs the login, each job asks for it when it starts.
inline QList<Berth::Jobs::JobSpec> tagAndPushSpecs(const Berth::Engine::EngineEndpoint &engine,
                                                   const QString &host, const QString &repository,
                                                   int count)
{
    using namespace Berth::Jobs;
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
    QList<JobSpec> specs;
    for (int i = 0; i < count; ++i) {
        JobSpec spec;
        spec.kind = JobKind::Retag; // tag, then push with the login
        spec.endpoint = engine;
        spec.references = {QStringLiteral("berth-test/busybox:1.0"),
                           host + u'/' + repository + QStringLiteral("/img%1:").arg(i) + run};
        spec.login = {host, {}};
        specs.append(spec);
    }
    return specs;
}
