// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl jobs: the job history the window and berthctl share, newest last.
class JobsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::JobsCommand)

public:
    QString name() const override { return QStringLiteral("jobs"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
