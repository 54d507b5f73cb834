// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"

#include <QHash>
#include <QList>
#include <QMutex>

namespace Berth::Auth {

// Logins kept in this process's memory only, gone at exit: berthctl's --username for one
// call, and the window's "for this session only" when no keychain answers. Nothing is
// written anywhere. Thread-safe.
class SessionCredentials final : public CredentialSource
{
public:
    // Replaces the login of (registry, credentials.username).
    void add(const QString &registry, const Berth::Credentials &credentials);
    bool remove(const LoginRef &login);
    // The logins kept, without their secrets.
    QList<LoginRef> logins() const;
    // The login's credentials; with an empty user name, the registry's first login. Empty when
    // none is kept.
    Berth::Credentials lookup(const LoginRef &login) const;

    void find(const LoginRef &login, QObject *context, Done done) override;

private:
    mutable QMutex m_mutex;
    QList<QPair<QString, Berth::Credentials>> m_logins; // registry, credentials; in order added
};

} // namespace Berth::Auth
