// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "cli/console.h"

namespace Berth::Cli {

// Prints an engine error on stderr and returns the exit code for it. The daemon relays a
// registry's refusal or absence inside its own error (a 500, or the stream's last word):
// those exit with the registry's codes, as when berthctl asks the registry itself.
int reportError(const Error &error, const Console &console);

// Prints an error of a registry asked directly and returns the exit code for its kind.
int reportRegistryError(const Error &error, const Console &console);

} // namespace Berth::Cli
