// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl images ls|inspect|history|pull|push|tag|rm|prune|save|load
class ImagesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::ImagesCommand)

public:
    QString name() const override { return QStringLiteral("images"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
