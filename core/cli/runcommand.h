// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl run [--rm] [-e K=V]... [-p HOST:CONTAINER]... [--name N] [--entrypoint E] [--pull WHEN]
// [-i] [-t] IMAGE [COMMAND...]: runs a container as docker run does, its output on
// berthctl's stdout and stderr (or the local terminal, raw, with -t) and its exit code
// as berthctl's.
class RunCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::RunCommand)

public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
