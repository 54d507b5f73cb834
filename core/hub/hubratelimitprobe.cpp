// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hubratelimitprobe.h"

#include "registry/manifest.h"
#include "registry/registryclient.h"

#include <QPointer>

namespace Berth::Hub {

QString HubRateLimitProbe::defaultRegistry()
{
    const QByteArray fromEnvironment = qgetenv("BERTH_HUB_REGISTRY");
    return fromEnvironment.isEmpty() ? QStringLiteral("docker.io")
                                     : QString::fromUtf8(fromEnvironment);
}

void HubRateLimitProbe::probe(Registry::RegistryClient &client, const QString &repository,
                              const QString &tag, QObject *context,
                              std::function<void(const Result<HubRateLimit> &)> done)
{
    Registry::RequestSpec spec;
    spec.method = QByteArrayLiteral("HEAD");
    spec.url = QUrl(QStringLiteral("/v2/") + repository + QStringLiteral("/manifests/") + tag);
    spec.headers.append({QByteArrayLiteral("Accept"), Registry::MediaType::acceptHeader()});
    spec.what = tr("rate limit of %1").arg(client.endpoint().domain());
    // A 429 is itself an answer: the limit is reached, and its headers say so.
    spec.passStatuses = {429};
    spec.rawStatus = true;
    QPointer<QObject> guard(context);
    client.send(spec, QStringLiteral("repository:") + repository + QStringLiteral(":pull"),
                [guard, done = std::move(done),
                 what = spec.what](const Result<Registry::RegistryResponse> &r) {
                    if (!guard)
                        return;
                    if (!r)
                        return done(r.error());
                    if (r->status != 200 && r->status != 429)
                        return done(Error(r->status == 401 || r->status == 403
                                              ? ErrorKind::PermissionDenied
                                              : ErrorKind::Remote,
                                          tr("%1: HTTP %2").arg(what).arg(r->status)));
                    done(HubRateLimit::fromHeaders(r->headers));
                });
}

} // namespace Berth::Hub
