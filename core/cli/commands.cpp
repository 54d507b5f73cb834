// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/accountcommand.h"
#include "cli/buildcommand.h"
#include "cli/completioncommand.h"
#include "cli/diffcommand.h"
#include "cli/ecrcommand.h"
#include "cli/enginescommand.h"
#include "cli/filescommand.h"
#include "cli/hubcommand.h"
#include "cli/imagescommand.h"
#include "cli/jobscommand.h"
#include "cli/layerscommand.h"
#include "cli/refcommand.h"
#include "cli/registrycommands.h"
#include "cli/remoteimagecommand.h"
#include "cli/runcommand.h"

namespace Berth::Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<EcrCommand>());
    commands.push_back(std::make_unique<EnginesCommand>());
    commands.push_back(std::make_unique<HubCommand>());
    commands.push_back(std::make_unique<ImagesCommand>());
    commands.push_back(std::make_unique<JobsCommand>());
    commands.push_back(std::make_unique<RefCommand>());
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<RegistryCommand>(RegistryCommand::Kind::Catalog));
    commands.push_back(std::make_unique<RegistryCommand>(RegistryCommand::Kind::Tags));
    commands.push_back(std::make_unique<RegistryCommand>(RegistryCommand::Kind::Manifest));
    commands.push_back(std::make_unique<RegistryCommand>(RegistryCommand::Kind::Blob));
    commands.push_back(std::make_unique<RemoteImageCommand>(RemoteImageCommand::Kind::Copy));
    commands.push_back(std::make_unique<RemoteImageCommand>(RemoteImageCommand::Kind::Retag));
    commands.push_back(std::make_unique<RemoteImageCommand>(RemoteImageCommand::Kind::Delete));
    commands.push_back(std::make_unique<AccountCommand>(AccountCommand::Kind::Login));
    commands.push_back(std::make_unique<AccountCommand>(AccountCommand::Kind::Logout));
    commands.push_back(std::make_unique<AccountCommand>(AccountCommand::Kind::Accounts));
    commands.push_back(std::make_unique<BuildCommand>());
    commands.push_back(std::make_unique<CompletionCommand>());
    commands.push_back(std::make_unique<LayersCommand>());
    commands.push_back(std::make_unique<FilesCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    return commands;
}

} // namespace Berth::Cli
