// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobstate.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Berth::Jobs {

namespace {

class JobStateText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Jobs::JobState)
};

constexpr std::array<std::pair<JobState, const char *>, 6> names{{
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
    for (const auto &[value, name] : names) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<JobState> stateFromName(const QString &name)
{
    for (const auto &[value, text] : names) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
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
