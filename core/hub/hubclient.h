// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "hub/hubtypes.h"
#include "registry/registryrequest.h"
#include "registry/retrypolicy.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Berth::Hub {

// Docker Hub's REST API (https://hub.docker.com/v2/...; docs/hub.md): sign-in, search, a
// namespace's repositories, a repository's tags with their platforms, delete a tag, create a
// repository. Asynchronous; lives on one thread with its own network manager. A listing
// asks for its first page, then for the pages its `next` URL leads to, all at once, and
// gives the items in Hub's order whatever order the pages arrive in. The access token is
// kept in memory only.
class HubClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    // Hub caps page_size at 100.
    static constexpr int MaxPageSize = 100;

    // https://hub.docker.com, or BERTH_HUB_URL (a mirror, or the tests' stand-in).
    static QUrl defaultBaseUrl();
    // "nginx" -> "library/nginx"; "docker.io/u/app" -> "u/app"; others as they are.
    static QString repositoryPath(const QString &repository);

    explicit HubClient(QUrl base = defaultBaseUrl(), QObject *parent = nullptr);
    ~HubClient() override;

    const QUrl &baseUrl() const { return m_base; }
    Registry::RetryPolicy &retryPolicy() { return m_policy; }
    // Items per page asked for (tests make it small, to see several pages).
    void setPageSize(int size) { m_pageSize = qBound(1, size, MaxPageSize); }
    bool isSignedIn() const { return !m_token.isEmpty(); }
    const QString &username() const { return m_username; }

    // POST /v2/auth/token with a password or personal access token; where that is not
    // served, the older /v2/users/login. A two-factor account's refusal says to use a token.
    void signIn(const QString &identifier, const QString &secret, Callback<bool> done);
    // At most `limit` results (0: every page).
    void search(const QString &query, int limit, Callback<QList<HubSearchResult>> done);
    void repositories(const QString &namespaceName, Callback<QList<HubRepository>> done);
    // The signed-in user's namespace and those of its organizations.
    void namespaces(Callback<QStringList> done);
    // Every repository the signed-in account can see: each namespace's in turn, handed to
    // `page` as it arrives; done() after the last, with the first failure if a namespace
    // could not be listed (the others are listed all the same).
    void accountRepositories(std::function<void(const QList<HubRepository> &)> page,
                             Callback<bool> done);
    void tags(const QString &repository, Callback<QList<HubTag>> done);
    void deleteTag(const QString &repository, const QString &tag, Callback<bool> done);
    void createRepository(const QString &namespaceName, const QString &name,
                          const QString &description, bool isPrivate, Callback<HubRepository> done);

Q_SIGNALS:
    // A request waits before trying again (a 429's Retry-After, a 503, a reset).
    void retrying(const QString &what, int nextTry, qint64 delayMs, const QString &reason);

private:
    using ResponseDone = std::function<void(const Result<Registry::RegistryResponse> &)>;
    void send(const QByteArray &method, const QUrl &url, const QByteArray &jsonBody,
              const QString &what, ResponseDone done);
    // Hub's answer as Berth's error: its message, the status, and what the status means.
    Error errorOf(const Registry::RegistryResponse &response, const QString &what) const;
    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    template<typename T, typename Parse>
    void list(const QUrl &first, int limit, const QString &what, Parse parse,
              Callback<QList<T>> done);
    // The token of a sign-in's answer, kept; or why there is none.
    Result<bool> acceptSignIn(const Registry::RegistryResponse &response,
                              const QString &identifier);
    void listNamespaces(QStringList namespaces, std::optional<Error> failure,
                        std::function<void(const QList<HubRepository> &)> page,
                        Callback<bool> done);
    void legacySignIn(const QString &identifier, const QString &secret, Callback<bool> done);

    QUrl m_base;
    QNetworkAccessManager *m_nam;
    Registry::RetryPolicy m_policy;
    int m_pageSize = MaxPageSize;
    QString m_token;
    QString m_username;
};

} // namespace Berth::Hub
