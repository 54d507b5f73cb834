// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Berth::Jobs {

// Where a job is in its life. Interrupted: it was running in a process that died (seen in
// the history at the next start); it is never the state of a live job.
enum class JobState { Queued, Running, Succeeded, Failed, Cancelled, Interrupted };

inline bool isFinished(JobState state)
{
    return state != JobState::Queued && state != JobState::Running;
}

// Stable names for the history file and berthctl's --json ("queued", "running", ...).
QString stateName(JobState state);
std::optional<JobState> stateFromName(const QString &name);
// The state as the window shows it, translated.
QString stateText(JobState state);
// The same word untranslated, for berthctl's table: data never depends on the locale.
QString stateWord(JobState state);

} // namespace Berth::Jobs
