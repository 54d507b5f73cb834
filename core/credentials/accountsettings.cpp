// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/accountsettings.h"

namespace Berth::Auth {

std::unique_ptr<QSettings> openAccountSettings(const QString &fileName)
{
    if (!fileName.isEmpty())
        return std::make_unique<QSettings>(fileName, QSettings::IniFormat);
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Berth"), QStringLiteral("accounts"));
}

} // namespace Berth::Auth
