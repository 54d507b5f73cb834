// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "credentials/secretvault.h"

#include <memory>

namespace Berth::Auth {

// Loads the keychain module (libberth_keychain.so) on demand: QtKeychain and D-Bus enter the
// process only when a command needs a secret, and berthctl does not link them. Looked for
// beside the executable (the build tree), then in ../lib/berth (an install).
class KeychainLoader final
{
public:
    // Every call of the vault ends within timeoutMs.
    static Result<std::shared_ptr<SecretVault>> load(int timeoutMs);
    // The service name Berth's entries carry in the keychain.
    static QString serviceName();
};

} // namespace Berth::Auth
