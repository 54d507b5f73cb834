// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "jobs/jobprogress.h"
#include "jobs/jobspec.h"
#include "jobs/jobstate.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Jobs {

// A job as JobQueue publishes it: a value, safe to copy to any thread.
struct JobRecord
{
    QString id; // a UUID without braces; also the history entry's id
    JobSpec spec;
    JobState state = JobState::Queued;
    JobProgress progress;
    QDateTime queuedAt;
    QDateTime startedAt;        // invalid until it runs
    QDateTime finishedAt;       // invalid until it ends
    QString digest;             // Pull, Push, Retag: the manifest digest; Build: the image id
    QStringList output;         // Load: "Loaded image: app:1"; Save: the file written
    std::optional<Error> error; // Failed and Cancelled
    int attempt = 1;            // 2 after the first retry, ...
};

} // namespace Berth::Jobs

Q_DECLARE_METATYPE(Berth::Jobs::JobRecord)
