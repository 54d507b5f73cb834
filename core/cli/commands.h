// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <memory>
#include <vector>

namespace Berth::Cli {

// Every command berthctl knows, in the order `berthctl --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace Berth::Cli
