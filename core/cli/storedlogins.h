// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awscredentialchain.h"
#include "base/credentialsource.h"
#include "credentials/credentialstore.h"

#include <memory>

namespace Berth::Cli {

// berthctl's way to the logins `berthctl login` stored. The account list (a settings file) is
// read first; the keychain module, QtKeychain and D-Bus are loaded only when a command needs
// a secret, so commands without one keep their speed.
class StoredLogins final
{
public:
    // How long berthctl waits for the keychain (a locked keyring's prompt, a silent service).
    static constexpr int KeychainTimeoutMs = 20000;

    // Whether Berth keeps a login for the registry: no keychain contact.
    static bool knows(const QString &registry);
    // Where operations on these registries find their logins: Berth's store (the keychain
    // loaded) when it keeps a login for one of them, else Docker's config and helpers when
    // they name one, else null (anonymous, nothing loaded). When one of them is an ECR
    // registry host, that source wrapped in an EcrCredentialSource, which fetches the host's
    // token by itself (docs/aws.md).
    static std::shared_ptr<CredentialSource> sourceFor(const QStringList &registries);
    // The store with the keychain module loaded, Docker's logins as its fallback. Without a
    // keychain the store has no vault and `*keychainProblem` says why.
    static std::shared_ptr<Auth::CredentialStore> open(QString *keychainProblem = nullptr);
    // The keychain module, loaded now.
    static Result<std::shared_ptr<Auth::SecretVault>> loadKeychain();
    // The AWS credential chain's last step: Berth's AWS accounts, the keychain loaded only
    // when one is asked for.
    static Aws::KeptAwsAccount keptAwsAccounts();
    // Waits for source's answer on this thread.
    static Result<Credentials> findNow(CredentialSource &source, const LoginRef &login);
};

} // namespace Berth::Cli
