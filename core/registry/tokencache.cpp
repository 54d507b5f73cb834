// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/tokencache.h"

namespace Berth::Registry {

TokenCache::TokenCache()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QString TokenCache::key(const QString &realm, const QString &service, const QString &scope)
{
    return realm + u'\n' + service + u'\n' + scope;
}

void TokenCache::insert(const QString &key, const QString &token, int expiresInSeconds)
{
    if (expiresInSeconds <= 0)
        expiresInSeconds = 60;
    // Renew a little early, so a token does not expire between the check and its use.
    const int margin = qMin(10, expiresInSeconds / 5);
    m_tokens.insert(key, Entry{token, m_clock().addSecs(expiresInSeconds - margin)});
}

std::optional<QString> TokenCache::find(const QString &key) const
{
    const auto it = m_tokens.constFind(key);
    if (it == m_tokens.constEnd() || m_clock() >= it->expires)
        return std::nullopt;
    return it->token;
}

} // namespace Berth::Registry
