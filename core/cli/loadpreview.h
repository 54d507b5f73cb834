// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"

#include <QString>

namespace Berth::Cli {

// berthctl images load --preview: the images, tags and layers an archive holds, read from
// its manifest.json or index.json; nothing is loaded. Returns the exit code.
int printLoadPreview(const QString &path, bool json, const Console &console);

} // namespace Berth::Cli
