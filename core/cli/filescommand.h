// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl files IMAGE | --archive LAYER_FILE: the files of an image's filesystem, of one
// of its layers, of a layer blob on disk, or the files that waste space.
class FilesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::FilesCommand)

public:
    QString name() const override { return QStringLiteral("files"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
