// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registryclient.h"

#include "registry/namelistscanner.h"

#include "registry/blobdownload.h"
#include "registry/blobupload.h"
#include "registry/directstream.h"
#include "registry/redaction.h"
#include "registry/registrylogging.h"
#include "registry/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRegularExpression>

namespace Berth::Registry {

namespace {

constexpr int MaxPages = 100000;

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

RegistryClient::PageCallback guardedPage(QObject *context, RegistryClient::PageCallback page)
{
    return [guard = QPointer<QObject>(context), page = std::move(page)](const QStringList &names) {
        if (guard && page)
            page(names);
    };
}

} // namespace

RegistryClient::RegistryClient(RegistryEndpoint endpoint, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_nam(new QNetworkAccessManager(this))
    , m_auth(new RegistryAuthenticator(
          m_endpoint.domain(), std::move(credentials), m_endpoint.insecure(), m_endpoint.oauth2(),
          [this](RequestSpec spec, std::function<void(const Result<RegistryResponse> &)> done) {
              startRequest(std::move(spec), std::move(done));
          },
          this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

RegistryClient::~RegistryClient() = default;

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
                    m_auth->setChallenge(*preferred);
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
            m_auth->setBase(base);
            then({});
        },
        this);
    connect(request, &RegistryRequest::retrying, this, &RegistryClient::retrying);
    request->start();
}

void RegistryClient::send(RequestSpec spec, const QString &scope,
                          std::function<void(const Result<RegistryResponse> &)> done)
{
    authorize(std::move(spec), scope, std::move(done), false);
}

void RegistryClient::stream(RequestSpec spec, const QString &scope,
                            std::function<void(const Result<RegistryResponse> &)> done)
{
    authorize(std::move(spec), scope, std::move(done), true);
}

bool RegistryClient::reachableDirectly(const QUrl &url)
{
    if (qEnvironmentVariable("BERTH_REGISTRY_DIRECT") == u"0")
        return false;
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return false;
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

void RegistryClient::authorize(RequestSpec spec, const QString &scope,
                               std::function<void(const Result<RegistryResponse> &)> done,
                               bool direct)
{
    ensureBase([this, spec = std::move(spec), scope, done = std::move(done),
                direct](const Result<void> &base) mutable {
        if (!base) {
            done(base.error());
            return;
        }
        if (spec.url.isRelative())
            spec.url = m_base.resolved(spec.url);
        spec.authHost = RegistryRequest::hostPort(m_base);
        m_auth->authorizationFor(
            scope, false,
            [this, spec = std::move(spec), scope, done,
             direct](const Result<QByteArray> &auth) mutable {
                if (!auth) {
                    done(auth.error());
                    return;
                }
                if (direct && reachableDirectly(spec.url)) {
                    (new DirectStream(this, std::move(spec), scope, *auth, std::move(done)))
                        ->start();
                    return;
                }
                spec.authorization = *auth;
                spec.reauthenticate = m_auth->reauthenticator(scope);
                startRequest(std::move(spec), withLoginContext(done));
            });
    });
}

std::function<void(const Result<RegistryResponse> &)>
RegistryClient::withLoginContext(std::function<void(const Result<RegistryResponse> &)> done) const
{
    return [this, done = std::move(done)](const Result<RegistryResponse> &result) {
        if (!result && result.error().kind() == ErrorKind::PermissionDenied &&
            !result.error().message().startsWith(m_auth->who())) {
            done(result.error().withContext(m_auth->who()));
            return;
        }
        done(result);
    };
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
                               std::function<void(const Result<QStringList> &)> done,
                               PageCallback page)
{
    RequestSpec spec;
    spec.url = url;
    spec.maxBody = ManifestCap;
    spec.what = tr("list of %1").arg(m_endpoint.domain());
    send(spec, scope,
         [this, url, scope, key, collected, pages, done,
          page](const Result<RegistryResponse> &result) mutable {
             if (!result) {
                 done(result.error());
                 return;
             }
             // The plain shape every registry sends is scanned without a JSON document
             // (10,000 tags in a fraction of the time); anything else is QJsonDocument's.
             const QByteArray latinKey = key.toLatin1();
             std::optional<QStringList> scanned =
                 NameListScanner::scan(result->body, QLatin1StringView(latinKey));
             QStringList names;
             if (scanned) {
                 names = std::move(*scanned);
             } else {
                 QJsonParseError error{};
                 const QJsonDocument document = QJsonDocument::fromJson(result->body, &error);
                 if (error.error != QJsonParseError::NoError || !document.isObject()) {
                     done(Error(ErrorKind::Protocol, tr("the list is not a JSON object"))
                              .withContext(Redaction::url(result->url)));
                     return;
                 }
                 const QJsonArray items = document.object().value(key).toArray();
                 names.reserve(items.size());
                 for (const QJsonValue &item : items)
                     names.append(item.toString());
             }
             collected.append(names);
             if (page)
                 page(names);
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
             listPages(nextUrl, scope, key, collected, pages + 1, done, page);
         });
}

void RegistryClient::catalog(int pageSize, QObject *context, Callback<QStringList> done)
{
    catalogPages(pageSize, context, {}, std::move(done));
}

void RegistryClient::tags(const QString &repository, int pageSize, QObject *context,
                          Callback<QStringList> done)
{
    tagPages(repository, pageSize, context, {}, std::move(done));
}

void RegistryClient::catalogPages(int pageSize, QObject *context, PageCallback page,
                                  Callback<QStringList> done)
{
    QUrl url(QStringLiteral("/v2/_catalog"));
    if (pageSize > 0)
        url.setQuery(QStringLiteral("n=") + QString::number(pageSize));
    listPages(url, QStringLiteral("registry:catalog:*"), QStringLiteral("repositories"), {}, 0,
              guarded<QStringList>(context, std::move(done)),
              guardedPage(context, std::move(page)));
}

void RegistryClient::tagPages(const QString &repository, int pageSize, QObject *context,
                              PageCallback page, Callback<QStringList> done)
{
    QUrl url(QStringLiteral("/v2/") + repository + QStringLiteral("/tags/list"));
    if (pageSize > 0)
        url.setQuery(QStringLiteral("n=") + QString::number(pageSize));
    listPages(url, QStringLiteral("repository:") + repository + QStringLiteral(":pull"),
              QStringLiteral("tags"), {}, 0, guarded<QStringList>(context, std::move(done)),
              guardedPage(context, std::move(page)));
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

void RegistryClient::blobExists(const QString &repository, const QString &digest, QObject *context,
                                Callback<bool> done)
{
    auto callback = guarded<bool>(context, std::move(done));
    RequestSpec spec;
    spec.method = QByteArrayLiteral("HEAD");
    spec.url = QUrl(QStringLiteral("/v2/") + repository + QStringLiteral("/blobs/") + digest);
    spec.passStatuses = {404};
    spec.what = tr("blob %1").arg(digest);
    send(spec, QStringLiteral("repository:") + repository + QStringLiteral(":pull,push"),
         [callback](const Result<RegistryResponse> &r) {
             if (!r)
                 callback(r.error());
             else
                 callback(r->status != 404);
         });
}

BlobUpload *RegistryClient::uploadBlob(const QString &repository, const QString &digest,
                                       qint64 size, BlobSource *source, const QString &mountFrom)
{
    return new BlobUpload(this, repository, digest, size, source, mountFrom);
}

void RegistryClient::putManifest(const QString &repository, const QString &reference,
                                 const QByteArray &bytes, const QString &mediaType,
                                 QObject *context, Callback<QString> done)
{
    auto callback = guarded<QString>(context, std::move(done));
    RequestSpec spec;
    spec.method = QByteArrayLiteral("PUT");
    spec.url =
        QUrl(QStringLiteral("/v2/") + repository + QStringLiteral("/manifests/") + reference);
    spec.postBody = bytes;
    spec.uploadType = mediaType.toUtf8();
    spec.what =
        tr("manifest %1").arg(repository + (Sha256::isDigest(reference) ? u'@' : u':') + reference);
    const QString digest = Sha256::of(bytes);
    const QString name = m_endpoint.domain() + u'/' + repository;
    send(
        spec, QStringLiteral("repository:") + repository + QStringLiteral(":pull,push"),
        [callback, digest, name](const Result<RegistryResponse> &r) {
            if (!r) {
                callback(r.error());
                return;
            }
            const QString given = QString::fromLatin1(r->header("Docker-Content-Digest")).trimmed();
            if (!given.isEmpty() && given != digest) {
                callback(Error(
                    ErrorKind::DigestMismatch,
                    tr("%1 stored the manifest as %2; its bytes are %3").arg(name, given, digest)));
                return;
            }
            callback(digest);
        });
}

void RegistryClient::deleteManifest(const QString &repository, const QString &reference,
                                    QObject *context, Callback<bool> done)
{
    auto callback = guarded<bool>(context, std::move(done));
    const bool byDigest = Sha256::isDigest(reference);
    RequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    spec.url =
        QUrl(QStringLiteral("/v2/") + repository + QStringLiteral("/manifests/") + reference);
    spec.passStatuses = {400, 405};
    const QString name =
        m_endpoint.domain() + u'/' + repository + (byDigest ? u'@' : u':') + reference;
    spec.what = tr("delete of %1").arg(name);
    send(spec, QStringLiteral("repository:") + repository + QStringLiteral(":delete"),
         [callback, byDigest, name](const Result<RegistryResponse> &r) {
             if (!r) {
                 callback(r.error());
                 return;
             }
             if (r->status == 405)
                 callback(Error(ErrorKind::Invalid,
                                tr("the registry does not allow deletes (%1); its operator "
                                   "enables them (storage.delete.enabled in Distribution)")
                                    .arg(RegistryRequest::errorText(*r)))
                              .withContext(name));
             else if (r->status == 400 && !byDigest)
                 callback(Error(ErrorKind::Invalid,
                                tr("the registry deletes manifests by digest only, not by tag "
                                   "(%1)")
                                    .arg(RegistryRequest::errorText(*r)))
                              .withContext(name));
             else if (r->status == 400)
                 callback(
                     Error(ErrorKind::Invalid, RegistryRequest::errorText(*r)).withContext(name));
             else
                 callback(true);
         });
}

} // namespace Berth::Registry
