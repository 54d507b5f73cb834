// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl layers IMAGE: each layer of a local image, bottom first, with its size, its
// files and the Dockerfile step that made it; the wasted space at the end.
class LayersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::LayersCommand)

public:
    QString name() const override { return QStringLiteral("layers"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
