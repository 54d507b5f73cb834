// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hubclient.h"

#include "hub/hubjson.h"
#include "hub/hubratelimit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace Berth::Hub {

namespace {

using Registry::RegistryResponse;

// Hub answers in well under a second; a slow search in a few.
constexpr int IdleTimeoutMs = 60000;

ErrorKind kindOf(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ErrorKind::Invalid;
    case 401:
    case 403:
        return ErrorKind::PermissionDenied;
    case 404:
        return ErrorKind::NotFound;
    case 409:
        return ErrorKind::Conflict;
    default:
        return ErrorKind::Remote;
    }
}

} // namespace

QUrl HubClient::defaultBaseUrl()
{
    const QByteArray fromEnvironment = qgetenv("BERTH_HUB_URL");
    return QUrl(fromEnvironment.isEmpty() ? QStringLiteral("https://hub.docker.com")
                                          : QString::fromUtf8(fromEnvironment));
}

QString HubClient::repositoryPath(const QString &repository)
{
    QString path = repository;
    for (const QString &prefix : {QStringLiteral("docker.io/"), QStringLiteral("index.docker.io/"),
                                  QStringLiteral("registry-1.docker.io/")}) {
        if (path.startsWith(prefix))
            path = path.mid(prefix.size());
    }
    return path.contains(u'/') ? path : QStringLiteral("library/") + path;
}

HubClient::HubClient(QUrl base, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
    , m_nam(new QNetworkAccessManager(this))
{
    // A loopback stand-in or mirror answers at once or not at all.
    m_policy.setFailFastOnLoopbackRefusal(true);
}

HubClient::~HubClient() = default;

QUrl HubClient::url(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl out = m_base;
    QString basePath = out.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    out.setPath(basePath + path);
    QUrlQuery items;
    for (const auto &[name, value] : query)
        items.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    out.setQuery(items);
    return out;
}

void HubClient::send(const QByteArray &method, const QUrl &target, const QByteArray &jsonBody,
                     const QString &what, ResponseDone done)
{
    Registry::RequestSpec spec;
    spec.method = method;
    spec.url = target;
    spec.what = what;
    spec.rawStatus = true;
    spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!jsonBody.isEmpty()) {
        spec.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        spec.postBody = jsonBody;
    }
    if (!m_token.isEmpty()) {
        spec.authorization = QByteArrayLiteral("Bearer ") + m_token.toUtf8();
        spec.authHost = Registry::RegistryRequest::hostPort(m_base);
    }
    spec.retryAfterOf = [](const RegistryResponse &response) {
        return HubRateLimit::retryAfter(response.headers, QDateTime::currentDateTimeUtc());
    };
    auto *request = new Registry::RegistryRequest(
        m_nam, QSslConfiguration::defaultConfiguration(), false, IdleTimeoutMs, m_policy,
        std::move(spec),
        [done = std::move(done)](Registry::RegistryRequest *, const Result<RegistryResponse> &r) {
            done(r);
        },
        this);
    connect(request, &Registry::RegistryRequest::retrying, this, &HubClient::retrying);
    request->start();
}

Error HubClient::errorOf(const RegistryResponse &response, const QString &what) const
{
    QString text = HubJson::errorText(response.body);
    if (response.status == 429) {
        const auto wait =
            HubRateLimit::retryAfter(response.headers, QDateTime::currentDateTimeUtc());
        text = wait ? tr("too many requests; Docker Hub asks to wait %n second(s)", nullptr,
                         int(wait->count() / 1000))
                    : tr("too many requests");
    }
    if (text.isEmpty())
        text = tr("no reason given");
    return Error(
        kindOf(response.status),
        tr("%1: Docker Hub answered HTTP %2: %3").arg(what).arg(response.status).arg(text));
}

template<typename T, typename Parse>
void HubClient::list(const QUrl &first, int limit, const QString &what, Parse parse,
                     Callback<QList<T>> done)
{
    // The pages after the first, asked for together; each lands in its own slot.
    struct Pages
    {
        QList<QList<T>> parts;
        int pending = 0;
        bool over = false;
    };
    send("GET", first, {}, what,
         [this, limit, what, parse, done](const Result<RegistryResponse> &r) {
             if (!r)
                 return done(r.error());
             if (r->status != 200)
                 return done(errorOf(*r, what));
             const auto page = parse(r->body);
             if (!page)
                 return done(page.error());
             QList<T> items = page->results;
             const qint64 wanted = limit > 0 ? qMin<qint64>(limit, page->count) : page->count;
             const QUrlQuery nextQuery(page->next);
             const int nextNumber = nextQuery.queryItemValue(QStringLiteral("page")).toInt();
             if (!page->next.isValid() || items.isEmpty() || items.size() >= wanted ||
                 nextNumber < 2) {
                 if (limit > 0 && items.size() > limit)
                     items.resize(limit);
                 return done(items);
             }
             const qint64 perPage = items.size();
             const int more = int((wanted - items.size() + perPage - 1) / perPage);
             auto pages = std::make_shared<Pages>();
             pages->parts.resize(more + 1);
             pages->parts[0] = items;
             pages->pending = more;
             for (int i = 1; i <= more; ++i) {
                 QUrl pageUrl = page->next;
                 QUrlQuery query(pageUrl);
                 query.removeAllQueryItems(QStringLiteral("page"));
                 query.addQueryItem(QStringLiteral("page"), QString::number(nextNumber + i - 1));
                 pageUrl.setQuery(query);
                 send("GET", pageUrl, {}, what,
                      [this, i, pages, limit, what, parse,
                       done](const Result<RegistryResponse> &answer) {
                          if (pages->over)
                              return;
                          Result<HubPage<T>> parsed =
                              answer ? (answer->status == 200
                                            ? parse(answer->body)
                                            : Result<HubPage<T>>(errorOf(*answer, what)))
                                     : Result<HubPage<T>>(answer.error());
                          if (!parsed) {
                              pages->over = true;
                              return done(parsed.error());
                          }
                          pages->parts[i] = parsed->results;
                          if (--pages->pending > 0)
                              return;
                          pages->over = true;
                          QList<T> all;
                          for (const QList<T> &part : std::as_const(pages->parts))
                              all.append(part);
                          if (limit > 0 && all.size() > limit)
                              all.resize(limit);
                          done(all);
                      });
             }
         });
}

void HubClient::signIn(const QString &identifier, const QString &secret, Callback<bool> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("identifier"), identifier},
                                                      {QStringLiteral("secret"), secret}})
                                .toJson(QJsonDocument::Compact);
    send("POST", url(QStringLiteral("/v2/auth/token")), body, tr("sign-in"),
         [this, identifier, secret, done](const Result<RegistryResponse> &r) {
             if (!r)
                 return done(r.error());
             // Where the current sign-in is not served (a mirror, an older stand-in).
             if (r->status == 404 || r->status == 405)
                 return legacySignIn(identifier, secret, done);
             done(acceptSignIn(*r, identifier));
         });
}

void HubClient::legacySignIn(const QString &identifier, const QString &secret, Callback<bool> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), identifier},
                                                      {QStringLiteral("password"), secret}})
                                .toJson(QJsonDocument::Compact);
    send("POST", url(QStringLiteral("/v2/users/login")), body, tr("sign-in"),
         [this, identifier, done](const Result<RegistryResponse> &r) {
             if (!r)
                 return done(r.error());
             done(acceptSignIn(*r, identifier));
         });
}

Result<bool> HubClient::acceptSignIn(const RegistryResponse &response, const QString &identifier)
{
    // The older sign-in's second step (and Hub's answer to a two-factor account's password)
    // wants a code from the person's authenticator app: a token signs in without one.
    if (!HubJson::twoFactorToken(response.body).isEmpty())
        return Error(ErrorKind::PermissionDenied,
                     tr("Docker Hub asks %1 for a two-factor code: sign in with a personal "
                        "access token instead of the password")
                         .arg(identifier));
    if (response.status != 200)
        return errorOf(response, tr("sign-in as %1").arg(identifier));
    const auto token = HubJson::accessToken(response.body);
    if (!token)
        return token.error();
    m_token = *token;
    m_username = identifier;
    return true;
}

void HubClient::search(const QString &query, int limit, Callback<QList<HubSearchResult>> done)
{
    const int size = limit > 0 ? qMin(limit, m_pageSize) : m_pageSize;
    list<HubSearchResult>(url(QStringLiteral("/v2/search/repositories/"),
                              {{QStringLiteral("query"), query},
                               {QStringLiteral("page_size"), QString::number(size)}}),
                          limit, tr("search for %1").arg(query), &HubJson::searchPage,
                          std::move(done));
}

void HubClient::repositories(const QString &namespaceName, Callback<QList<HubRepository>> done)
{
    list<HubRepository>(url(QStringLiteral("/v2/namespaces/%1/repositories").arg(namespaceName),
                            {{QStringLiteral("page_size"), QString::number(m_pageSize)},
                             {QStringLiteral("ordering"), QStringLiteral("name")}}),
                        0, tr("repositories of %1").arg(namespaceName), &HubJson::repositoriesPage,
                        std::move(done));
}

void HubClient::namespaces(Callback<QStringList> done)
{
    if (!isSignedIn())
        return done(Error(ErrorKind::Invalid, tr("sign in to Docker Hub to list your namespaces")));
    list<QString>(url(QStringLiteral("/v2/user/orgs/"),
                      {{QStringLiteral("page_size"), QString::number(m_pageSize)}}),
                  0, tr("organizations of %1").arg(m_username), &HubJson::organizationsPage,
                  [this, done](const Result<QList<QString>> &organizations) {
                      if (!organizations)
                          return done(organizations.error());
                      QStringList all{m_username};
                      for (const QString &name : *organizations) {
                          if (!all.contains(name))
                              all.append(name);
                      }
                      done(all);
                  });
}

void HubClient::accountRepositories(std::function<void(const QList<HubRepository> &)> page,
                                    Callback<bool> done)
{
    namespaces([this, page = std::move(page), done](const Result<QStringList> &all) {
        if (!all)
            return done(all.error());
        listNamespaces(*all, std::nullopt, page, done);
    });
}

void HubClient::listNamespaces(QStringList namespaces, std::optional<Error> failure,
                               std::function<void(const QList<HubRepository> &)> page,
                               Callback<bool> done)
{
    if (namespaces.isEmpty())
        return failure ? done(*failure) : done(true);
    const QString first = namespaces.takeFirst();
    repositories(
        first, [this, namespaces, failure, page, done](const Result<QList<HubRepository>> &found) {
            std::optional<Error> firstFailure = failure;
            if (found)
                page(*found);
            else if (!firstFailure)
                firstFailure = found.error();
            listNamespaces(namespaces, firstFailure, page, done);
        });
}

void HubClient::tags(const QString &repository, Callback<QList<HubTag>> done)
{
    const QString path = repositoryPath(repository);
    list<HubTag>(url(QStringLiteral("/v2/namespaces/%1/repositories/%2/tags")
                         .arg(path.section(u'/', 0, 0), path.section(u'/', 1)),
                     {{QStringLiteral("page_size"), QString::number(m_pageSize)}}),
                 0, tr("tags of %1").arg(path), &HubJson::tagsPage, std::move(done));
}

void HubClient::deleteTag(const QString &repository, const QString &tag, Callback<bool> done)
{
    const QString path = repositoryPath(repository);
    const QString what = tr("delete %1:%2").arg(path, tag);
    send("DELETE", url(QStringLiteral("/v2/repositories/%1/tags/%2/").arg(path, tag)), {}, what,
         [this, what, done](const Result<RegistryResponse> &r) {
             if (!r)
                 return done(r.error());
             if (r->status != 204 && r->status != 200)
                 return done(errorOf(*r, what));
             done(true);
         });
}

void HubClient::createRepository(const QString &namespaceName, const QString &name,
                                 const QString &description, bool isPrivate,
                                 Callback<HubRepository> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("namespace"), namespaceName},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("description"), description},
                                  {QStringLiteral("registry"), QStringLiteral("docker.io")},
                                  {QStringLiteral("is_private"), isPrivate}})
            .toJson(QJsonDocument::Compact);
    const QString what = tr("create %1/%2").arg(namespaceName, name);
    send("POST", url(QStringLiteral("/v2/namespaces/%1/repositories").arg(namespaceName)), body,
         what, [this, what, done](const Result<RegistryResponse> &r) {
             if (!r)
                 return done(r.error());
             if (r->status != 201 && r->status != 200)
                 return done(errorOf(*r, what));
             done(HubJson::repository(r->body));
         });
}

} // namespace Berth::Hub
