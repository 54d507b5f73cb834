// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace Berth::Registry {

// Bearer tokens by realm, service and scope, each until shortly before it expires.
class TokenCache final
{
public:
    using Clock = std::function<QDateTime()>;
    TokenCache();
    void setClock(Clock clock) { m_clock = std::move(clock); }

    static QString key(const QString &realm, const QString &service, const QString &scope);

    // expiresInSeconds as the token server said (default 60 when it said nothing).
    void insert(const QString &key, const QString &token, int expiresInSeconds);
    std::optional<QString> find(const QString &key) const;
    void remove(const QString &key) { m_tokens.remove(key); }
    void clear() { m_tokens.clear(); }

private:
    struct Entry
    {
        QString token;
        QDateTime expires;
    };
    QHash<QString, Entry> m_tokens;
    Clock m_clock;
};

} // namespace Berth::Registry
