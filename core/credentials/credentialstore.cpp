// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialstore.h"

#include "credentials/registrykey.h"

#include <QCoreApplication>

namespace Berth::Auth {

namespace {

class StoreText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Auth::CredentialStore)
};

LoginRef keyed(const LoginRef &login)
{
    return {RegistryKey::of(login.registry), login.username};
}

} // namespace

CredentialStore::CredentialStore(std::shared_ptr<SecretVault> vault,
                                 std::shared_ptr<AccountList> accounts)
    : m_vault(std::move(vault))
    , m_accounts(std::move(accounts))
{}

void CredentialStore::setFallback(std::shared_ptr<CredentialSource> fallback)
{
    m_fallback = std::move(fallback);
}

QString CredentialStore::keyOf(const LoginRef &login)
{
    return login.username + u'@' + RegistryKey::of(login.registry);
}

void CredentialStore::save(const QString &registry, const Credentials &credentials,
                           QObject *context, SecretVault::Done done)
{
    if (!m_vault) {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done)] {
                done(Error(ErrorKind::Unreachable, StoreText::tr("no keychain is reachable")));
            },
            Qt::QueuedConnection);
        return;
    }
    AccountList::Entry entry;
    entry.login = {RegistryKey::of(registry), credentials.username};
    entry.identityToken = !credentials.identityToken.isEmpty();
    const QString secret = entry.identityToken ? credentials.identityToken : credentials.password;
    m_vault->write(
        keyOf(entry.login), secret, context,
        [accounts = m_accounts, entry, done = std::move(done)](const Result<void> &written) {
            if (written)
                accounts->add(entry);
            done(written);
        });
}

void CredentialStore::saveForSession(const QString &registry, const Credentials &credentials)
{
    m_session.add(RegistryKey::of(registry), credentials);
}

void CredentialStore::remove(const LoginRef &login, QObject *context, SecretVault::Done done)
{
    const LoginRef key = keyed(login);
    const bool inSession = m_session.remove(key);
    const bool listed = m_accounts->find(key).has_value() && !key.username.isEmpty();
    if (!listed || !m_vault) {
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), inSession, key] {
                if (inSession)
                    done({});
                else
                    done(Error(
                        ErrorKind::NotFound,
                        StoreText::tr("no login kept for %1 on %2")
                            .arg(key.username.isEmpty() ? StoreText::tr("any user") : key.username,
                                 key.registry)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_vault->remove(
        keyOf(key), context,
        [accounts = m_accounts, key, done = std::move(done)](const Result<void> &removed) {
            // Gone already from the keychain: the list entry goes too.
            if (removed || removed.error().kind() == ErrorKind::NotFound) {
                accounts->remove(key);
                done({});
                return;
            }
            done(removed);
        });
}

QList<CredentialStore::Account> CredentialStore::accounts() const
{
    QList<Account> all;
    for (const LoginRef &login : m_session.logins())
        all.append({login, Place::Session});
    for (const AccountList::Entry &entry : m_accounts->entries())
        all.append({entry.login, Place::Keychain});
    return all;
}

void CredentialStore::find(const LoginRef &login, QObject *context, Done done)
{
    const LoginRef key = keyed(login);
    if (Credentials session = m_session.lookup(key); !session.isEmpty()) {
        answerLater(context, std::move(done), session);
        return;
    }
    const auto entry = m_vault ? m_accounts->find(key) : std::nullopt;
    if (!entry) {
        findInFallback(login, context, std::move(done));
        return;
    }
    m_vault->read(keyOf(entry->login), context,
                  [this, login, entry = *entry, context,
                   done = std::move(done)](const Result<QString> &secret) mutable {
                      if (secret) {
                          Credentials credentials;
                          credentials.username = entry.login.username;
                          (entry.identityToken ? credentials.identityToken : credentials.password) =
                              *secret;
                          done(credentials);
                      } else if (secret.error().kind() == ErrorKind::NotFound ||
                                 secret.error().kind() == ErrorKind::Unreachable) {
                          // Removed from the keychain behind Berth's back, or no keychain:
                          // Docker's logins may still serve.
                          findInFallback(login, context, std::move(done));
                      } else {
                          done(secret.error());
                      }
                  });
}

void CredentialStore::findInFallback(const LoginRef &login, QObject *context, Done done) const
{
    if (m_fallback)
        m_fallback->find(login, context, std::move(done));
    else
        answerLater(context, std::move(done), Credentials{});
}

} // namespace Berth::Auth
