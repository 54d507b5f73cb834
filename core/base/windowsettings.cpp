// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/windowsettings.h"

namespace Berth {

std::unique_ptr<QSettings> openWindowSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Berth"), QStringLiteral("window"));
}

} // namespace Berth
