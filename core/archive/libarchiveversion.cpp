// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/libarchiveversion.h"

#include <archive.h>

namespace Berth::Archive {

QString libarchiveVersion()
{
    // "libarchive 3.6.2": the library's own words, less its name.
    return QString::fromUtf8(archive_version_string()).section(u' ', 1);
}

} // namespace Berth::Archive
