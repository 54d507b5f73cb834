// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl ref INPUT [--json]: checks an image reference and shows how Berth reads it
// (normalized and familiar forms, domain, path, tag, digest). Needs no engine.
class RefCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::RefCommand)

public:
    QString name() const override { return QStringLiteral("ref"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
