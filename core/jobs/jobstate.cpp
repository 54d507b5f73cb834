// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobstate.h"

#include "base/enumnames.h"

#include <QCoreApplication>

namespace Berth::Jobs {

namespace {

class JobStateText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Jobs::JobState)
};

constexpr EnumNames<JobState, 6> names{{
    {JobState::Queued, "queued"},
    {JobState::Running, "running"},
    {JobState::Succeeded, "succeeded"},
    {JobState::Failed, "failed"},
    {JobState::Cancelled, "cancelled"},
    {JobState::Interrupted, "interrupted"},
}};

} // namespace

QString stateName(JobState state)
{
    return enumName(names, state);
}

std::optional<JobState> stateFromName(const QString &name)
{
    return enumFromName(names, name);
}

QString stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return JobStateText::tr("Queued");
    case JobState::Running:
        return JobStateText::tr("Running");
    case JobState::Succeeded:
        return JobStateText::tr("Done");
    case JobState::Failed:
        return JobStateText::tr("Failed");
    case JobState::Cancelled:
        return JobStateText::tr("Cancelled");
    case JobState::Interrupted:
        return JobStateText::tr("Interrupted");
    }
    return {};
}

} // namespace Berth::Jobs
