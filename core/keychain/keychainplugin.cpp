// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain as a module loaded on demand (KeychainLoader): berthctl reaches D-Bus and
// QtKeychain only for the commands that need a secret, and does not link them.
#include "keychain/keychainvault.h"

extern "C" Q_DECL_EXPORT Berth::Auth::SecretVault *
berth_create_keychain_vault(const QString &service, int timeoutMs)
{
    return new Berth::Auth::KeychainVault(service, timeoutMs);
}
