// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl engines [--json]: every engine Berth knows (contexts, DOCKER_HOST, the sockets
// of rootless Docker and of Podman), each asked for its kind and version at once, with a
// short time limit each.
class EnginesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::EnginesCommand)

public:
    QString name() const override { return QStringLiteral("engines"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
