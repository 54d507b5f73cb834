// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl hub: Docker Hub's search, repositories and tags through Hub's REST API, delete a
// tag, and the pull rate limit, with the stored Docker Hub login (docs/hub.md).
class HubCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::HubCommand)

public:
    QString name() const override { return QStringLiteral("hub"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
