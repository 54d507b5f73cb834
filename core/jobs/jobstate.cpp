// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobstate.h"

#include "base/enumnames.h"

#include <QCoreApplication>

namespace Berth::Jobs {

namespace {

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

namespace {

// The words a person reads for each state; stateText translates them, stateWord does not.
const char *stateSourceText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QT_TRANSLATE_NOOP("Berth::Jobs::JobState", "Queued");
    case JobState::Running:
        return QT_TRANSLATE_NOOP("Berth::Jobs::JobState", "Running");
    case JobState::Succeeded:
        return QT_TRANSLATE_NOOP("Berth::Jobs::JobState", "Done");
    case JobState::Failed:
        return QT_TRANSLATE_NOOP("Berth::Jobs::JobState", "Failed");
    case JobState::Cancelled:
        return QT_TRANSLATE_NOOP("Berth::Jobs::JobState", "Cancelled");
    case JobState::Interrupted:
        return QT_TRANSLATE_NOOP("Berth::Jobs::JobState", "Interrupted");
    }
    return "";
}

} // namespace

QString stateText(JobState state)
{
    return QCoreApplication::translate("Berth::Jobs::JobState", stateSourceText(state));
}

QString stateWord(JobState state)
{
    return QString::fromLatin1(stateSourceText(state));
}

} // namespace Berth::Jobs
