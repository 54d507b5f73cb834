// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl ecr push, retag and rm: an image to ECR in one command (repository, token, tag,
// push through the engine, digest confirmed), and a remote retag or delete that moves no
// blob (docs/aws.md).
class EcrImageCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::EcrImageCommands)

public:
    // Whether `sub` is one of them ("push", "retag", "rm").
    static bool handles(const QString &sub);
    // args: the subcommand first.
    static int run(const QStringList &args, const GlobalOptions &global, const Console &console);

private:
    static int push(const QStringList &args, const GlobalOptions &global, const Console &console);
    static int retag(const QStringList &args, const Console &console);
    static int remove(const QStringList &args, const Console &console);
};

} // namespace Berth::Cli
