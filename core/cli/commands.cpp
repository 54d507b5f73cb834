// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/imagescommand.h"
#include "cli/refcommand.h"

namespace Berth::Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImagesCommand>());
    commands.push_back(std::make_unique<RefCommand>());
    return commands;
}

} // namespace Berth::Cli
