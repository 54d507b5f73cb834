// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "credentials/accountlist.h"
#include "credentials/secretvault.h"
#include "credentials/sessioncredentials.h"

#include <memory>

namespace Berth::Auth {

// Berth's registry logins. Secrets go to the keychain (a SecretVault) only; which logins
// exist goes to the AccountList (QSettings), never a secret. Without a keychain a login can
// be kept for this session only (memory, gone at exit). Lookup order for registry R: this
// session's login for R, the keychain's login for R, then the fallback (Docker's config and
// credential helpers), else anonymous. Thread-safe; every answer is asynchronous.
class CredentialStore final : public CredentialSource
{
public:
    enum class Place { Keychain, Session };
    struct Account
    {
        LoginRef login; // registry: a RegistryKey
        Place place = Place::Keychain;
    };

    // `vault` may be null: no keychain reachable.
    CredentialStore(std::shared_ptr<SecretVault> vault, std::shared_ptr<AccountList> accounts);

    bool hasKeychain() const { return m_vault != nullptr; }
    // Asked when Berth keeps no login for the registry.
    void setFallback(std::shared_ptr<CredentialSource> fallback);

    // Keeps the login in the keychain; the account list learns of it once the keychain has
    // confirmed. Fails at once without a keychain.
    void save(const QString &registry, const Credentials &credentials, QObject *context,
              SecretVault::Done done);
    void saveForSession(const QString &registry, const Credentials &credentials);
    // Removes the login from this session and the keychain. NotFound when Berth kept none.
    void remove(const LoginRef &login, QObject *context, SecretVault::Done done);
    QList<Account> accounts() const;

    void find(const LoginRef &login, QObject *context, Done done) override;

    // The keychain key of a login: "user@registry" (a registry key holds no '@').
    static QString keyOf(const LoginRef &login);

private:
    void findInFallback(const LoginRef &login, QObject *context, Done done) const;

    std::shared_ptr<SecretVault> m_vault;
    std::shared_ptr<AccountList> m_accounts;
    std::shared_ptr<CredentialSource> m_fallback;
    SessionCredentials m_session;
};

} // namespace Berth::Auth
