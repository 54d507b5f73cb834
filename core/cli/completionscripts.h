// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Cli {

// The completion script of a shell ("bash", "zsh", "fish"), or an empty string for one
// berthctl has none for. Each script asks `berthctl completion __complete WORD...` at
// completion time, as docker's ask `docker __complete`.
QString completionScript(const QString &shell);

} // namespace Berth::Cli
