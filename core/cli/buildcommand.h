// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl build [-t NAME:TAG]... [-f Dockerfile] [--build-arg K=V]... CONTEXT_DIR: builds with
// the daemon's classic builder, the context streamed as a tar that honours .dockerignore as
// the docker CLI does (docs/build.md). The daemon's output goes to stderr line by line, the
// image id to stdout; Ctrl-C cancels the build.
class BuildCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::BuildCommand)

public:
    QString name() const override { return QStringLiteral("build"); }
    QString summary() const override;
    int run(const QStringList &args, const GlobalOptions &global, const Console &console) override;
};

} // namespace Berth::Cli
