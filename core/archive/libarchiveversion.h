// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Archive {

// The version of the libarchive Berth runs with ("3.6.2"), for the About box.
QString libarchiveVersion();

} // namespace Berth::Archive
