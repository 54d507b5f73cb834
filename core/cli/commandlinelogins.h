// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "credentials/sessioncredentials.h"

#include <QStringList>

#include <memory>

namespace Berth::Cli {

// The logins of a command that reaches registries as jobs (copy, retag) or at once (delete):
// for each registry, what the command line gave (kept in this process's memory, as a pull's
// --password-stdin), else what Berth's store or Docker's config keep for it. The jobs carry
// only the LoginRef that use() returns and ask this source for the secret when they start.
class CommandLineLogins final : public CredentialSource
{
public:
    // The login to name for `registry`: the given one when it holds a user name, else the
    // registry's stored login (anonymous when there is none).
    LoginRef use(const QString &registry, const Credentials &given);
    // Loads what keeps the stored logins of the registries use() named without a login (the
    // keychain module only when Berth keeps one of them). Before the jobs start: on this thread.
    void openStored();

    void find(const LoginRef &login, QObject *context, Done done) override;

private:
    Auth::SessionCredentials m_given;
    QStringList m_storedFor;
    std::shared_ptr<CredentialSource> m_stored;
};

} // namespace Berth::Cli
