// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs jobs on a queue of four, each asking `source` for its login when it starts, and
// waits for all of them to finish (the ceiling is a hang guard only). A job that did not
// finish has an empty record (state Queued), which the caller's checks then fail on.
#include "jobs/jobqueue.h"

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
