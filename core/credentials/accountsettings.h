// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace Berth::Auth {

// The file of Berth's account lists (no secrets): the user's Berth/accounts settings (INI),
// or the INI file `fileName` when one is given (tests). Registry logins (AccountList) and
// AWS accounts (Aws::AwsAccountList) keep their own groups in it.
std::unique_ptr<QSettings> openAccountSettings(const QString &fileName);

} // namespace Berth::Auth
