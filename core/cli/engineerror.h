// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "cli/console.h"

namespace Berth::Cli {

// Prints an engine error on stderr and returns the exit code for its kind.
int reportError(const Error &error, const Console &console);

} // namespace Berth::Cli
