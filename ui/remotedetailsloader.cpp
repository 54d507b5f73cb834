// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remotedetailsloader.h"

#include "reference/imagereference.h"
#include "registry/registryclient.h"
#include "registry/sha256.h"
#include "ui/imagedetailsparser.h"
#include "ui/registryclientstarter.h"

#include <QJsonDocument>

namespace Berth::Ui {

namespace {
// An image config is a few kB; a generous cap still keeps a wrong blob from filling memory.
constexpr qint64 ConfigCap = 16 * 1024 * 1024;
constexpr std::chrono::seconds RetryDeadline{10};
} // namespace

void RemoteDetailsLoader::load(quint64 request, const QString &reference,
                               const std::shared_ptr<CredentialSource> &credentials,
                               const Registry::RegistryConfig &config)
{
    delete m_context;
    m_context = new QObject(this);
    QObject *context = m_context;
    RegistryClientStarter::start(
        reference, credentials, config, context,
        [this, request, reference](const Result<Registry::RegistryClient *> &client) {
            if (!client) {
                Q_EMIT failed(request, client.error().message());
                return;
            }
            // A flaky registry gets retries for a few seconds only, as berthctl gives them.
            (*client)->retryPolicy().setDeadline(RetryDeadline);
            fetchManifest(request, *client, reference);
        });
}

void RemoteDetailsLoader::fetchManifest(quint64 request, Registry::RegistryClient *client,
                                        const QString &reference)
{
    const auto parsed = Reference::ImageReference::parse(reference);
    client->manifest(
        *parsed, client,
        [this, request, client, reference,
         parsed = *parsed](const Result<Registry::ManifestResponse> &response) {
            if (!response) {
                // "no tag 1.0 in 127.0.0.1:5000/team/app" rather than the registry's
                // MANIFEST_UNKNOWN.
                const QString repository = parsed.domain() + u'/' + parsed.path();
                if (response.error().kind() == ErrorKind::PermissionDenied) {
                    Q_EMIT failed(request, tr("%1\nSign in to %2 with File ▸ Accounts…, then "
                                              "show the image again.")
                                               .arg(response.error().message(), parsed.domain()));
                    return;
                }
                Q_EMIT failed(request,
                              response.error().kind() != ErrorKind::NotFound
                                  ? response.error().message()
                              : parsed.hasDigest()
                                  ? tr("No image %1 in %2.").arg(parsed.digest(), repository)
                                  : tr("No tag %1 in %2.").arg(parsed.effectiveTag(), repository));
                return;
            }
            if (response->manifest.isIndex()) {
                Q_EMIT loaded(request, ImageDetailsParser::fromRemoteIndex(parsed, response->digest,
                                                                           response->manifest));
                return;
            }
            fetchConfig(request, client, reference, *response);
        });
}

void RemoteDetailsLoader::fetchConfig(quint64 request, Registry::RegistryClient *client,
                                      const QString &reference,
                                      const Registry::ManifestResponse &response)
{
    const auto parsed = *Reference::ImageReference::parse(reference);
    const QString digest = response.manifest.config().digest;
    Registry::RequestSpec spec;
    spec.url = QUrl(QStringLiteral("/v2/") + parsed.path() + QStringLiteral("/blobs/") + digest);
    spec.maxBody = ConfigCap;
    spec.what = tr("config %1 of %2").arg(digest, parsed.familiar());
    const QPointer<QObject> guard = client;
    client->send(
        spec, QStringLiteral("repository:") + parsed.path() + QStringLiteral(":pull"),
        [this, guard, request, parsed, response,
         digest](const Result<Registry::RegistryResponse> &blob) {
            if (!guard)
                return;
            QString problem;
            std::optional<QJsonObject> config;
            if (!blob) {
                problem = blob.error().kind() == ErrorKind::NotFound
                              ? tr("The image's config %1 is missing from %2; its settings and "
                                   "history cannot be shown.")
                                    .arg(digest, parsed.domain() + u'/' + parsed.path())
                              : tr("The image's config could not be read: %1")
                                    .arg(blob.error().message());
            } else if (Registry::Sha256::of(blob->body) != digest) {
                problem = tr("The registry sent a config that does not match its digest %1; "
                             "it is not shown.")
                              .arg(digest);
            } else {
                const QJsonDocument document = QJsonDocument::fromJson(blob->body);
                if (document.isObject())
                    config = document.object();
                else
                    problem = tr("The image's config %1 is not a JSON object.").arg(digest);
            }
            Q_EMIT loaded(request,
                          ImageDetailsParser::fromRemoteImage(parsed, response.digest,
                                                              response.manifest, config, problem));
        });
}

} // namespace Berth::Ui
