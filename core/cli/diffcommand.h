// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl diff IMAGE1 IMAGE2: the files, config and layer sizes that differ.
class DiffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::DiffCommand)

public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
