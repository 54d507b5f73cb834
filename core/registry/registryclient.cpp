// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registryclient.h"

#include "registry/blobdownload.h"
#include "registry/redaction.h"
#include "registry/registrylogging.h"
#include "registry/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Berth::Registry {

namespace {

constexpr int MaxPages = 100000;
const QString ClientId = QStringLiteral("berth");

// The rel="next" target of a Link header, or empty.
QString nextLink(const QByteArray &header)
{
    const QString text = QString::fromUtf8(header);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'<', pos);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'>', open);
        if (close < 0)
            break;
        qsizetype end = text.indexOf(u'<', close);
        if (end < 0)
            end = text.size();
        const QString params = text.mid(close + 1, end - close - 1);
        static const QRegularExpression rel(QStringLiteral("rel\\s*=\\s*\"?([^\";,]*)\"?"),
                                            QRegularExpression::CaseInsensitiveOption);
        const auto match = rel.match(params);
        if (match.hasMatch() && match.captured(1).split(u' ').contains(QStringLiteral("next")))
            return text.mid(open + 1, close - open - 1);
        pos = end;
    }
    return {};
}

template<typename T> auto guarded(QObject *context, RegistryClient::Callback<T> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](const Result<T> &result) {
        if (guard)
            done(result);
    };
}

} // namespace

RegistryClient::RegistryClient(RegistryEndpoint endpoint, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_credentials(std::move(credentials))
    , m_nam(new QNetworkAccessManager(this))
{
    // The system proxy (environment, or libproxy on Debian); loopback goes direct.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

RegistryClient::~RegistryClient() = default;

QString RegistryClient::who() const
{
    if (m_credentials.username.isEmpty())
        return tr("registry %1").arg(m_endpoint.domain());
    return tr("registry %1, user %2").arg(m_endpoint.domain(), m_credentials.username);
}

Error RegistryClient::loginError(const QString &detail) const
{
    return Error(ErrorKind::PermissionDenied, detail).withContext(who());
}

void RegistryClient::startRequest(RequestSpec spec,
                                  std::function<void(const Result<RegistryResponse> &)> done)
{
    auto *request = new RegistryRequest(
        m_nam, m_endpoint.sslConfiguration(), m_endpoint.insecure(), m_endpoint.idleTimeoutMs(),
        m_policy, std::move(spec),
        [done = std::move(done)](RegistryRequest *, const Result<RegistryResponse> &r) { done(r); },
        this);
    connect(request, &RegistryRequest::retrying, this, &RegistryClient::retrying);
    request->start();
}

void RegistryClient::ensureBase(std::function<void(const Result<void> &)> then)
{
    if (m_base.isValid()) {
        then({});
        return;
    }
    m_waitingForBase.append(std::move(then));
    if (m_pinging)
        return;
    m_pinging = true;
    pingCandidate(0, [this](const Result<void> &result) {
        m_pinging = false;
        const auto waiting = std::exchange(m_waitingForBase, {});
        for (const auto &callback : waiting)
            callback(result);
    });
}

void RegistryClient::pingCandidate(int index, std::function<void(const Result<void> &)> then)
{
    const QUrl base = m_endpoint.candidates().at(index);
    RequestSpec spec;
    spec.url = base.resolved(QUrl(QStringLiteral("/v2/")));
    spec.rawStatus = true;
    spec.maxBody = RegistryRequest::ErrorBodyCap;
    spec.what = tr("ping of %1").arg(m_endpoint.domain());
    auto *request = new RegistryRequest(
        m_nam, m_endpoint.sslConfiguration(), m_endpoint.insecure(), m_endpoint.idleTimeoutMs(),
        m_policy, spec,
        [this, index, base, then](RegistryRequest *req, const Result<RegistryResponse> &result) {
            const bool more = index + 1 < m_endpoint.candidates().size();
            if (!result) {
                // https refused by a plain-http registry: try http where it is allowed. A
                // certificate that is not trusted is an answer, not a reason to downgrade.
                if (more && !req->certificateRejected() &&
                    result.error().kind() != ErrorKind::Cancelled) {
                    qCInfo(lcRegistry) << "falling back from" << Redaction::url(base) << ":"
                                       << result.error().message();
                    pingCandidate(index + 1, then);
                    return;
                }
                then(result.error().withContext(tr("registry %1").arg(m_endpoint.domain())));
                return;
            }
            const RegistryResponse &response = *result;
            if (response.status == 401) {
                const auto challenges = AuthChallenge::parse(response.header("WWW-Authenticate"));
                if (const AuthChallenge *preferred = AuthChallenge::preferred(challenges))
                    m_challenge = *preferred;
            } else if (response.status == 400 && base.scheme() == u"https" && more) {
                pingCandidate(index + 1, then);
                return;
            } else if (response.status < 200 || response.status > 299) {
                then(Error(ErrorKind::Protocol, tr("%1 does not serve the registry API v2 (%2)")
                                                    .arg(Redaction::url(response.url),
                                                         RegistryRequest::errorText(response)))
                         .withContext(tr("registry %1").arg(m_endpoint.domain())));
                return;
            }
            m_base = base;
            then({});
        },
        this);
    connect(request, &RegistryRequest::retrying, this, &RegistryClient::retrying);
    request->start();
}

void RegistryClient::authorizationFor(const QString &scope, bool forceNew,
                                      std::function<void(const Result<QByteArray> &)> then)
{
    if (!m_challenge) {
        then(QByteArray());
        return;
    }
    const AuthChallenge challenge = *m_challenge;
    if (challenge.isBasic()) {
        if (m_credentials.username.isEmpty()) {
            then(loginError(tr("the registry requires a login")));
            return;
        }
        then(QByteArray(
            QByteArrayLiteral("Basic ") +
            (m_credentials.username + u':' + m_credentials.password).toUtf8().toBase64()));
        return;
    }
    if (!challenge.isBearer()) {
        then(Error(ErrorKind::Protocol,
                   tr("unsupported authentication scheme '%1'").arg(challenge.scheme))
                 .withContext(who()));
        return;
    }
    const QUrl realm(challenge.param(QStringLiteral("realm")));
    if (!realmAllowed(realm, m_base, m_endpoint.insecure())) {
        if (!m_credentials.isEmpty()) {
            then(loginError(tr("refusing to send credentials to the token realm %1: it is not "
                               "https and the registry "
                               "is not marked insecure")
                                .arg(Redaction::url(realm))));
            return;
        }
    }
    const QString key =
        TokenCache::key(realm.toString(), challenge.param(QStringLiteral("service")), scope);
    if (forceNew)
        m_tokens.remove(key);
    else if (const auto token = m_tokens.find(key)) {
        then(QByteArray(QByteArrayLiteral("Bearer ") + token->toUtf8()));
        return;
    }
    const bool post = !m_credentials.identityToken.isEmpty() ||
                      (m_endpoint.oauth2() && !m_credentials.username.isEmpty());
    fetchToken(challenge, scope, std::move(then), !post);
}

void RegistryClient::fetchToken(const AuthChallenge &challenge, const QString &scope,
                                std::function<void(const Result<QByteArray> &)> then, bool viaGet)
{
    const QUrl realm(challenge.param(QStringLiteral("realm")));
    const QString service = challenge.param(QStringLiteral("service"));
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    RequestSpec spec;
    spec.rawStatus = true;
    spec.maxBody = TokenCap;
    spec.authHost = RegistryRequest::hostPort(realm);
    spec.what = tr("token from %1").arg(Redaction::url(realm));
    if (viaGet) {
        QUrl url = realm;
        QUrlQuery query(realm);
        if (!service.isEmpty())
            query.addQueryItem(QStringLiteral("service"), service);
        for (const QString &s : scopes)
            query.addQueryItem(QStringLiteral("scope"), s);
        query.addQueryItem(QStringLiteral("client_id"), ClientId);
        url.setQuery(query);
        spec.url = url;
        if (!m_credentials.username.isEmpty())
            spec.authorization =
                QByteArrayLiteral("Basic ") +
                (m_credentials.username + u':' + m_credentials.password).toUtf8().toBase64();
    } else {
        spec.method = QByteArrayLiteral("POST");
        spec.url = realm;
        QUrlQuery form;
        if (!m_credentials.identityToken.isEmpty()) {
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
            form.addQueryItem(QStringLiteral("refresh_token"), m_credentials.identityToken);
        } else {
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
            form.addQueryItem(QStringLiteral("username"), m_credentials.username);
            form.addQueryItem(QStringLiteral("password"), m_credentials.password);
        }
        form.addQueryItem(QStringLiteral("service"), service);
        form.addQueryItem(QStringLiteral("client_id"), ClientId);
        form.addQueryItem(QStringLiteral("scope"), scopes.join(u' '));
        // Encode '+' too: a form decodes it as a space.
        spec.postBody =
            form.query(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%2B")).toUtf8();
    }
    const QString key = TokenCache::key(realm.toString(), service, scope);
    startRequest(
        spec, [this, challenge, scope, then, viaGet, key](const Result<RegistryResponse> &result) {
            if (!result) {
                then(result.error().withContext(who()));
                return;
            }
            const RegistryResponse &response = *result;
            if (!viaGet && (response.status == 404 || response.status == 405)) {
                // The token server does not speak the OAuth2 form: the plain GET then.
                fetchToken(challenge, scope, then, true);
                return;
            }
            if (response.status == 401 || response.status == 403) {
                then(loginError(m_credentials.isEmpty()
                                    ? tr("the token server refused an anonymous token (%1)")
                                          .arg(RegistryRequest::errorText(response))
                                    : tr("the token server refused the credentials: wrong user "
                                         "name or password? (%1)")
                                          .arg(RegistryRequest::errorText(response))));
                return;
            }
            if (response.status < 200 || response.status > 299) {
                then(Error(ErrorKind::Remote,
                           tr("token server: %1").arg(RegistryRequest::errorText(response)))
                         .withContext(who()));
                return;
            }
            QJsonParseError error{};
            const QJsonObject object = QJsonDocument::fromJson(response.body, &error).object();
            QString token = object.value(u"token").toString();
            if (token.isEmpty())
                token = object.value(u"access_token").toString();
            if (error.error != QJsonParseError::NoError || token.isEmpty()) {
                then(Error(ErrorKind::Protocol, tr("the token server's answer holds no token"))
                         .withContext(who()));
                return;
            }
            m_tokens.insert(key, token, object.value(u"expires_in").toInt(60));
            then(QByteArray(QByteArrayLiteral("Bearer ") + token.toUtf8()));
        });
}

void RegistryClient::send(RequestSpec spec, const QString &scope,
                          std::function<void(const Result<RegistryResponse> &)> done)
{
    ensureBase([this, spec = std::move(spec), scope,
                done = std::move(done)](const Result<void> &base) mutable {
        if (!base) {
            done(base.error());
            return;
        }
        if (spec.url.isRelative())
            spec.url = m_base.resolved(spec.url);
        spec.authHost = RegistryRequest::hostPort(m_base);
        authorizationFor(
            scope, false,
            [this, spec = std::move(spec), scope, done](const Result<QByteArray> &auth) mutable {
                if (!auth) {
                    done(auth.error());
                    return;
                }
                spec.authorization = *auth;
                QPointer<RegistryClient> self(this);
                spec.reauthenticate = [self, scope](
                                          const QByteArray &header, const QByteArray &sent,
                                          std::function<void(const Result<QByteArray> &)> then) {
                    if (!self)
                        return;
                    const auto challenges = AuthChallenge::parse(header);
                    const AuthChallenge *preferred = AuthChallenge::preferred(challenges);
                    if (!preferred) {
                        then(self->loginError(
                            tr("the registry refused the request without saying how to log in")));
                        return;
                    }
                    if (sent.startsWith("Basic ") && preferred->isBasic()) {
                        then(
                            self->loginError(tr("the registry refused the user name or password")));
                        return;
                    }
                    self->m_challenge = *preferred;
                    // A token that worked before has expired or lacks the scope: a new one.
                    self->authorizationFor(scope, sent.startsWith("Bearer "), then);
                };
                startRequest(std::move(spec), [this, done](const Result<RegistryResponse> &result) {
                    if (!result && result.error().kind() == ErrorKind::PermissionDenied &&
                        !result.error().message().startsWith(who())) {
                        done(result.error().withContext(who()));
                        return;
                    }
                    done(result);
                });
            });
    });
}

void RegistryClient::ping(QObject *context, Callback<bool> done)
{
    auto callback = guarded<bool>(context, std::move(done));
    ensureBase([callback](const Result<void> &result) {
        if (!result)
            callback(result.error());
        else
            callback(true);
    });
}

void RegistryClient::listPages(const QUrl &url, const QString &scope, const QString &key,
                               QStringList collected, int pages,
                               std::function<void(const Result<QStringList> &)> done)
{
    RequestSpec spec;
    spec.url = url;
    spec.maxBody = ManifestCap;
    spec.what = tr("list of %1").arg(m_endpoint.domain());
    send(spec, scope,
         [this, url, scope, key, collected, pages,
          done](const Result<RegistryResponse> &result) mutable {
             if (!result) {
                 done(result.error());
                 return;
             }
             QJsonParseError error{};
             const QJsonDocument document = QJsonDocument::fromJson(result->body, &error);
             if (error.error != QJsonParseError::NoError || !document.isObject()) {
                 done(Error(ErrorKind::Protocol, tr("the list is not a JSON object"))
                          .withContext(Redaction::url(result->url)));
                 return;
             }
             const QJsonArray items = document.object().value(key).toArray();
             for (const QJsonValue &item : items)
                 collected.append(item.toString());
             const QString next = nextLink(result->header("Link"));
             if (next.isEmpty()) {
                 done(collected);
                 return;
             }
             const QUrl nextUrl = result->url.resolved(QUrl(next));
             if (nextUrl == url || pages + 1 >= MaxPages) {
                 done(Error(ErrorKind::Protocol, tr("the registry's pagination does not end"))
                          .withContext(Redaction::url(url)));
                 return;
             }
             listPages(nextUrl, scope, key, collected, pages + 1, done);
         });
}

void RegistryClient::catalog(int pageSize, QObject *context, Callback<QStringList> done)
{
    QUrl url(QStringLiteral("/v2/_catalog"));
    if (pageSize > 0)
        url.setQuery(QStringLiteral("n=") + QString::number(pageSize));
    listPages(url, QStringLiteral("registry:catalog:*"), QStringLiteral("repositories"), {}, 0,
              guarded<QStringList>(context, std::move(done)));
}

void RegistryClient::tags(const QString &repository, int pageSize, QObject *context,
                          Callback<QStringList> done)
{
    QUrl url(QStringLiteral("/v2/") + repository + QStringLiteral("/tags/list"));
    if (pageSize > 0)
        url.setQuery(QStringLiteral("n=") + QString::number(pageSize));
    listPages(url, QStringLiteral("repository:") + repository + QStringLiteral(":pull"),
              QStringLiteral("tags"), {}, 0, guarded<QStringList>(context, std::move(done)));
}

void RegistryClient::fetchManifest(const QString &repository, const QString &ref,
                                   const QString &requestedDigest,
                                   std::function<void(const Result<ManifestResponse> &)> done)
{
    RequestSpec spec;
    spec.url = QUrl(QStringLiteral("/v2/") + repository + QStringLiteral("/manifests/") + ref);
    spec.headers.append({QByteArrayLiteral("Accept"), MediaType::acceptHeader()});
    spec.maxBody = ManifestCap;
    spec.what =
        tr("manifest %1")
            .arg(repository + (ref.startsWith(QStringLiteral("sha256:")) ? u'@' : u':') + ref);
    const QString name = m_endpoint.domain() + u'/' + repository;
    send(spec, QStringLiteral("repository:") + repository + QStringLiteral(":pull"),
         [this, name, ref, requestedDigest, done](const Result<RegistryResponse> &result) {
             if (!result) {
                 done(result.error());
                 return;
             }
             ManifestResponse response;
             response.bytes = result->body;
             response.contentType = QString::fromLatin1(result->header("Content-Type"));
             response.digest = Sha256::of(response.bytes);
             response.headerDigest =
                 QString::fromLatin1(result->header("Docker-Content-Digest")).trimmed();
             if (!requestedDigest.isEmpty() && response.digest != requestedDigest) {
                 done(Error(ErrorKind::DigestMismatch,
                            tr("manifest digest mismatch: %1@%2 has content that hashes to %3")
                                .arg(name, requestedDigest, response.digest)));
                 return;
             }
             if (requestedDigest.isEmpty() && !response.headerDigest.isEmpty() &&
                 response.headerDigest != response.digest) {
                 const QString text = tr("%1:%2: the registry's Docker-Content-Digest %3 does not "
                                         "match the manifest's content %4; "
                                         "using the content's")
                                          .arg(name, ref, response.headerDigest, response.digest);
                 qCWarning(lcRegistry).noquote() << text;
                 response.warnings.append(text);
                 Q_EMIT warning(text);
             }
             auto manifest = Manifest::parse(response.bytes, response.contentType);
             if (!manifest) {
                 done(manifest.error().withContext(
                     name + (requestedDigest.isEmpty() ? u':' + ref : u'@' + ref)));
                 return;
             }
             response.manifest = *manifest;
             done(response);
         });
}

void RegistryClient::manifest(const Reference::ImageReference &reference, QObject *context,
                              Callback<ManifestResponse> done)
{
    const QString ref = reference.hasDigest() ? reference.digest() : reference.effectiveTag();
    fetchManifest(reference.path(), ref, reference.digest(),
                  guarded<ManifestResponse>(context, std::move(done)));
}

void RegistryClient::manifestForPlatform(const Reference::ImageReference &reference,
                                         const Platform &platform, QObject *context,
                                         Callback<ManifestResponse> done)
{
    auto callback = guarded<ManifestResponse>(context, std::move(done));
    const QString repository = reference.path();
    const QString ref = reference.hasDigest() ? reference.digest() : reference.effectiveTag();
    fetchManifest(
        repository, ref, reference.digest(),
        [this, repository, platform, callback](const Result<ManifestResponse> &top) {
            if (!top || !top->manifest.isIndex() || platform.isEmpty()) {
                callback(top);
                return;
            }
            const auto entry = top->manifest.select(platform);
            if (!entry) {
                callback(entry.error().withContext(m_endpoint.domain() + u'/' + repository));
                return;
            }
            const qint64 size = entry->size;
            const QString digest = entry->digest;
            fetchManifest(repository, digest, digest,
                          [callback, size, digest](const Result<ManifestResponse> &child) {
                              if (child && size >= 0 && child->bytes.size() != size) {
                                  callback(Error(ErrorKind::Protocol,
                                                 tr("manifest %1 is %2 bytes; the index says %3")
                                                     .arg(digest)
                                                     .arg(child->bytes.size())
                                                     .arg(size)));
                                  return;
                              }
                              callback(child);
                          });
        });
}

void RegistryClient::manifestHead(const Reference::ImageReference &reference, QObject *context,
                                  Callback<ContentHead> done)
{
    auto callback = guarded<ContentHead>(context, std::move(done));
    const QString ref = reference.hasDigest() ? reference.digest() : reference.effectiveTag();
    RequestSpec spec;
    spec.method = QByteArrayLiteral("HEAD");
    spec.url =
        QUrl(QStringLiteral("/v2/") + reference.path() + QStringLiteral("/manifests/") + ref);
    spec.headers.append({QByteArrayLiteral("Accept"), MediaType::acceptHeader()});
    spec.what = tr("manifest %1").arg(reference.familiar());
    send(spec, QStringLiteral("repository:") + reference.path() + QStringLiteral(":pull"),
         [callback](const Result<RegistryResponse> &r) {
             if (!r) {
                 callback(r.error());
                 return;
             }
             ContentHead head;
             head.digest = QString::fromLatin1(r->header("Docker-Content-Digest")).trimmed();
             head.mediaType =
                 QString::fromLatin1(r->header("Content-Type")).section(u';', 0, 0).trimmed();
             head.size = r->header("Content-Length").toLongLong();
             callback(head);
         });
}

void RegistryClient::blobHead(const QString &repository, const QString &digest, QObject *context,
                              Callback<ContentHead> done)
{
    auto callback = guarded<ContentHead>(context, std::move(done));
    RequestSpec spec;
    spec.method = QByteArrayLiteral("HEAD");
    spec.url = QUrl(QStringLiteral("/v2/") + repository + QStringLiteral("/blobs/") + digest);
    spec.what = tr("blob %1").arg(digest);
    send(spec, QStringLiteral("repository:") + repository + QStringLiteral(":pull"),
         [callback, digest](const Result<RegistryResponse> &r) {
             if (!r) {
                 callback(r.error());
                 return;
             }
             ContentHead head;
             head.digest = digest;
             head.mediaType = QString::fromLatin1(r->header("Content-Type"));
             head.size = r->header("Content-Length").toLongLong();
             callback(head);
         });
}

BlobDownload *RegistryClient::downloadBlob(const QString &repository, const QString &digest,
                                           qint64 expectedSize, QFileDevice *sink)
{
    return new BlobDownload(this, repository, digest, expectedSize, sink);
}

} // namespace Berth::Registry
