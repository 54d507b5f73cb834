// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <optional>

namespace Berth::Aws {

// ECR registry tokens (user AWS, the password GetAuthorizationToken gives), kept in memory
// only, per account and region, and used until half their life has passed: a token fetched
// at 10:00 that expires at 22:00 is fetched again after 16:00, so a long copy never starts
// with one about to lapse (docs/aws.md). Thread-safe: the job pool's workers share one.
class EcrTokenCache final
{
public:
    struct Token
    {
        QString password;
        QString registry; // proxyEndpoint, as given
        QDateTime fetchedAt;
        QDateTime expiresAt;
        QString keptAccount; // the Berth AWS account whose keys fetched it, else empty
    };
    using Clock = std::function<QDateTime()>;

    explicit EcrTokenCache(Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    // The token for that account and region while it is in the first half of its life.
    std::optional<Token> find(const QString &account, const QString &region) const;
    // Keeps a token just fetched (fetchedAt is now).
    void store(const QString &account, const QString &region, QString password, QString registry,
               const QDateTime &expiresAt, const QString &keptAccount = {});
    // The latest token the keys of Berth's AWS account `name` fetched (for the Accounts
    // dialog: when it lapses, and when it is fetched again), whatever its age.
    std::optional<Token> latestOf(const QString &keptAccount) const;
    // When a token fetched at `fetchedAt` and lapsing at `expiresAt` is fetched again.
    static QDateTime renewalTime(const Token &token);
    // Forgets one (the registry refused it; with `password`, only while the cache still
    // holds that one) or all.
    void forget(const QString &account, const QString &region, const QString &password = {});
    void clear();

    // `changed` runs after every store, forget or clear, on the thread that made it (a job's
    // lookup thread): the Accounts dialog's rows follow a renewal as it happens. The id
    // takes it away again. Watching is not the cache's state, hence const.
    int watch(std::function<void()> changed) const;
    void unwatch(int id) const;

private:
    static QString key(const QString &account, const QString &region);
    void notify() const;

    Clock m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Token> m_tokens;
    mutable QHash<int, std::function<void()>> m_watchers;
    mutable int m_nextWatcher = 0;
};

} // namespace Berth::Aws
