// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"

#include <QStringList>

namespace Berth::Cli {

// Entry point of berthctl: parses the global options and runs one command.
// A QCoreApplication must exist.
int runBerthctl(const QStringList &arguments, const Console &console = Console());

} // namespace Berth::Cli
