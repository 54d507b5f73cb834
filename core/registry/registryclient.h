// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "reference/imagereference.h"
#include "registry/manifest.h"
#include "registry/registryauthenticator.h"
#include "registry/registryconfig.h"
#include "registry/registryendpoint.h"
#include "registry/registryrequest.h"
#include "registry/retrypolicy.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QFileDevice;
class QNetworkAccessManager;

namespace Berth::Registry {

class BlobDownload;
class BlobSource;
class BlobUpload;

// A manifest or index as fetched, with the digest of its exact bytes.
struct ManifestResponse
{
    QByteArray bytes;
    QString contentType;
    QString digest;       // of the bytes
    QString headerDigest; // Docker-Content-Digest, as sent
    Manifest manifest;
    QStringList warnings; // e.g. a Docker-Content-Digest that does not match the body
};

// What HEAD says about a manifest or a blob.
struct ContentHead
{
    QString digest;
    QString mediaType;
    qint64 size = -1;
};

// Client of one registry's HTTP API v2 (read side), over a QNetworkAccessManager it owns.
// Asynchronous like Engine::EngineClient: every call returns at once and delivers its
// Result to the callback, unless `context` was destroyed first. The first call pings
// /v2/ to find the scheme (https, then http where allowed) and the auth challenge.
class RegistryClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    static constexpr qint64 ManifestCap = 4 * 1024 * 1024;

    RegistryClient(RegistryEndpoint endpoint, Credentials credentials, QObject *parent = nullptr);
    ~RegistryClient() override;

    const RegistryEndpoint &endpoint() const { return m_endpoint; }
    // The base URL in use once the first call has pinged, else empty.
    QUrl baseUrl() const { return m_base; }
    RetryPolicy &retryPolicy() { return m_policy; }
    TokenCache &tokenCache() { return m_auth->tokenCache(); }
    RegistryAuthenticator &authenticator() { return *m_auth; }

    void ping(QObject *context, Callback<bool> done);
    // Repository names in the catalog, every page followed. pageSize 0 lets the registry choose.
    void catalog(int pageSize, QObject *context, Callback<QStringList> done);
    // Tags of a repository (its path, e.g. "library/ubuntu"), every page followed.
    void tags(const QString &repository, int pageSize, QObject *context,
              Callback<QStringList> done);
    // Called with each page's names as it arrives, before the next page is asked for; the
    // window shows a long catalog or tag list while it is still coming.
    using PageCallback = std::function<void(const QStringList &page)>;
    void catalogPages(int pageSize, QObject *context, PageCallback page,
                      Callback<QStringList> done);
    void tagPages(const QString &repository, int pageSize, QObject *context, PageCallback page,
                  Callback<QStringList> done);
    // The manifest or index the reference names (by digest when it has one, else by
    // tag), checked against the requested digest.
    void manifest(const Reference::ImageReference &reference, QObject *context,
                  Callback<ManifestResponse> done);
    // Like manifest(); if that is an index and platform is given, the platform's manifest.
    void manifestForPlatform(const Reference::ImageReference &reference, const Platform &platform,
                             QObject *context, Callback<ManifestResponse> done);
    void manifestHead(const Reference::ImageReference &reference, QObject *context,
                      Callback<ContentHead> done);
    void blobHead(const QString &repository, const QString &digest, QObject *context,
                  Callback<ContentHead> done);
    // Streams a blob into sink (open for writing, at position 0), hashing it as it comes and
    // resuming with Range after a broken connection. expectedSize < 0: unknown. The download
    // deletes itself after finished().
    BlobDownload *downloadBlob(const QString &repository, const QString &digest,
                               qint64 expectedSize, QFileDevice *sink);

    // Write side (docs/protocols.md, "Writing"). Whether the repository has the blob (HEAD;
    // a 404 is false), asked with the push scope the upload after it needs.
    void blobExists(const QString &repository, const QString &digest, QObject *context,
                    Callback<bool> done);
    // Uploads a blob from source, or mounts it from mountFrom (a repository of this
    // registry). Not started; deletes itself after finished().
    BlobUpload *uploadBlob(const QString &repository, const QString &digest, qint64 size,
                           BlobSource *source, const QString &mountFrom = {});
    // PUTs the exact bytes under reference (a tag or their digest) with their media type;
    // delivers the digest the registry gives them, which must be the bytes' own.
    void putManifest(const QString &repository, const QString &reference, const QByteArray &bytes,
                     const QString &mediaType, QObject *context, Callback<QString> done);
    // DELETE of a manifest by digest, or of a tag where the registry can untag; a registry
    // that cannot (Distribution 2.8: 400 for a tag; 405 UNSUPPORTED without
    // storage.delete.enabled) gets a plain message saying so.
    void deleteManifest(const QString &repository, const QString &reference, QObject *context,
                        Callback<bool> done);

    // The transport for one request against this registry (used by BlobDownload).
    void send(RequestSpec spec, const QString &scope,
              std::function<void(const Result<RegistryResponse> &)> done);
    // The same for a blob's GET or an upload's PATCH, on a connection of its own in this
    // thread (DirectStream) where no proxy applies, else (or when it meets anything but the
    // plain path) through send(). BERTH_REGISTRY_DIRECT=0 turns it off.
    void stream(RequestSpec spec, const QString &scope,
                std::function<void(const Result<RegistryResponse> &)> done);

Q_SIGNALS:
    // A transient fault; the request is tried again after delayMs.
    void retrying(const QString &what, int nextTry, qint64 delayMs, const QString &reason);
    void warning(const QString &message);

private:
    void ensureBase(std::function<void(const Result<void> &)> then);
    void pingCandidate(int index, std::function<void(const Result<void> &)> then);
    void startRequest(RequestSpec spec, std::function<void(const Result<RegistryResponse> &)> done);
    // send() and stream(): the base found, the URL resolved against it, the Authorization
    // for scope fetched; then a DirectStream where `direct` and the URL allow, else a
    // RegistryRequest.
    void authorize(RequestSpec spec, const QString &scope,
                   std::function<void(const Result<RegistryResponse> &)> done, bool direct);
    static bool reachableDirectly(const QUrl &url);
    // A refused login names the registry and the user.
    std::function<void(const Result<RegistryResponse> &)>
    withLoginContext(std::function<void(const Result<RegistryResponse> &)> done) const;
    void listPages(const QUrl &url, const QString &scope, const QString &key, QStringList collected,
                   int pages, std::function<void(const Result<QStringList> &)> done,
                   PageCallback page = {});
    void fetchManifest(const QString &repository, const QString &ref,
                       const QString &requestedDigest,
                       std::function<void(const Result<ManifestResponse> &)> done);

    RegistryEndpoint m_endpoint;
    QNetworkAccessManager *m_nam;
    RegistryAuthenticator *m_auth;
    RetryPolicy m_policy;
    QUrl m_base;
    QList<std::function<void(const Result<void> &)>> m_waitingForBase;
    bool m_pinging = false;
};

} // namespace Berth::Registry
