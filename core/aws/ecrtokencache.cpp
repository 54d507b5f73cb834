// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/ecrtokencache.h"

namespace Berth::Aws {

EcrTokenCache::EcrTokenCache(Clock clock)
    : m_clock(std::move(clock))
{}

QString EcrTokenCache::key(const QString &account, const QString &region)
{
    return account + u'/' + region;
}

std::optional<EcrTokenCache::Token> EcrTokenCache::find(const QString &account,
                                                        const QString &region) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_tokens.constFind(key(account, region));
    if (it == m_tokens.cend())
        return std::nullopt;
    const qint64 life = it->fetchedAt.msecsTo(it->expiresAt);
    if (life <= 0 || it->fetchedAt.msecsTo(m_clock()) >= life / 2)
        return std::nullopt;
    return *it;
}

void EcrTokenCache::store(const QString &account, const QString &region, QString password,
                          QString registry, const QDateTime &expiresAt, const QString &keptAccount)
{
    {
        QMutexLocker lock(&m_mutex);
        m_tokens.insert(key(account, region), Token{std::move(password), std::move(registry),
                                                    m_clock(), expiresAt, keptAccount});
    }
    notify();
}

std::optional<EcrTokenCache::Token> EcrTokenCache::latestOf(const QString &keptAccount) const
{
    QMutexLocker lock(&m_mutex);
    std::optional<Token> latest;
    for (const Token &token : std::as_const(m_tokens)) {
        if (token.keptAccount == keptAccount && (!latest || token.fetchedAt > latest->fetchedAt))
            latest = token;
    }
    return latest;
}

QDateTime EcrTokenCache::renewalTime(const Token &token)
{
    return token.fetchedAt.addMSecs(token.fetchedAt.msecsTo(token.expiresAt) / 2);
}

void EcrTokenCache::forget(const QString &account, const QString &region, const QString &password)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_tokens.constFind(key(account, region));
        if (it == m_tokens.cend() || (!password.isEmpty() && it->password != password))
            return;
        m_tokens.erase(it);
    }
    notify();
}

void EcrTokenCache::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_tokens.clear();
    }
    notify();
}

int EcrTokenCache::watch(std::function<void()> changed) const
{
    QMutexLocker lock(&m_mutex);
    m_watchers.insert(++m_nextWatcher, std::move(changed));
    return m_nextWatcher;
}

void EcrTokenCache::unwatch(int id) const
{
    QMutexLocker lock(&m_mutex);
    m_watchers.remove(id);
}

// Outside the lock: a watcher may read the cache.
void EcrTokenCache::notify() const
{
    QList<std::function<void()>> watchers;
    {
        QMutexLocker lock(&m_mutex);
        watchers = m_watchers.values();
    }
    for (const auto &changed : std::as_const(watchers))
        changed();
}

} // namespace Berth::Aws
