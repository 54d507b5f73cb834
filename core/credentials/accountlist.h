// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/loginref.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace Berth::Auth {

// Which logins Berth keeps in the keychain, without any secret: registry keys, user names,
// whether the secret is an identity token, and each registry's default login. Lives in
// QSettings (Berth/accounts), shared by the window and berthctl. Thread-safe.
class AccountList final
{
public:
    struct Entry
    {
        LoginRef login; // registry: a RegistryKey
        bool identityToken = false;
    };

    // `fileName` empty: the user's settings (Berth/accounts); else that INI file (tests).
    explicit AccountList(QString fileName = {});

    QList<Entry> entries() const;
    // The entry of login; with an empty user name, the registry's default (the last one
    // added), else nullopt.
    std::optional<Entry> find(const LoginRef &login) const;
    // Adds or replaces, and makes it the registry's default.
    void add(const Entry &entry);
    bool remove(const LoginRef &login);

private:
    QList<Entry> load() const;
    void store(const QList<Entry> &entries);

    QString m_fileName;
    mutable QMutex m_mutex;
};

} // namespace Berth::Auth
