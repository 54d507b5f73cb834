// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/sessioncredentials.h"

#include <QMetaObject>
#include <QPointer>

namespace Berth::Auth {

void SessionCredentials::add(const QString &registry, const Berth::Credentials &credentials)
{
    const QMutexLocker lock(&m_mutex);
    for (auto &entry : m_logins) {
        if (entry.first == registry && entry.second.username == credentials.username) {
            entry.second = credentials;
            return;
        }
    }
    m_logins.append({registry, credentials});
}

bool SessionCredentials::remove(const LoginRef &login)
{
    const QMutexLocker lock(&m_mutex);
    return m_logins.removeIf([&login](const auto &entry) {
        return entry.first == login.registry &&
               (login.username.isEmpty() || entry.second.username == login.username);
    }) > 0;
}

QList<LoginRef> SessionCredentials::logins() const
{
    const QMutexLocker lock(&m_mutex);
    QList<LoginRef> refs;
    for (const auto &entry : m_logins)
        refs.append({entry.first, entry.second.username});
    return refs;
}

Berth::Credentials SessionCredentials::lookup(const LoginRef &login) const
{
    const QMutexLocker lock(&m_mutex);
    for (const auto &entry : m_logins) {
        if (entry.first == login.registry &&
            (login.username.isEmpty() || entry.second.username == login.username))
            return entry.second;
    }
    return {};
}

void SessionCredentials::find(const LoginRef &login, QObject *context, Done done)
{
    answerLater(context, std::move(done), lookup(login));
}

} // namespace Berth::Auth
