// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl completion bash|zsh|fish: prints the shell's completion script. The scripts
// call `berthctl completion __complete WORD...`, which prints the candidates a line each:
// commands and options read from berthctl's own help, image names asked of the engine
// (for a second at most, and without a word when there is none).
class CompletionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::CompletionCommand)

public:
    QString name() const override { return QStringLiteral("completion"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
