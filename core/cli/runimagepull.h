// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

// berthctl run's pull of its image, as docker run pulls one that is missing (or, with
// --pull always, every time): a pull job of the shared pool, with its progress on stderr and
// the registry's login found as `berthctl images pull` finds it.
class RunImagePull final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::RunImagePull)

public:
    // Pulls `image` (a name, as ContainerRunSpec::pullableImage() gives it). Returns 0, or
    // the exit code for the failure it printed: 125 as docker run, 3 and 4 for an engine
    // berthctl cannot reach or open.
    static int pull(const QString &image, const GlobalOptions &global, const Console &console);
};

} // namespace Berth::Cli
