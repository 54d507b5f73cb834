// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/logincheck.h"

#include "registry/registryclient.h"
#include "registry/registryendpoint.h"
#include "registry/registryrequest.h"

namespace Berth::Registry {

void LoginCheck::run(const QString &registryKey, const RegistryConfig &config,
                     const Credentials &credentials, QObject *context,
                     std::function<void(const Result<void> &)> done)
{
    const QString host =
        registryKey == u"docker.io" ? QStringLiteral("registry-1.docker.io") : registryKey;
    const auto endpoint = RegistryEndpoint::resolve(host, config);
    if (!endpoint) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), error = endpoint.error()] { done(error); },
            Qt::QueuedConnection);
        return;
    }
    // The client lives as long as the check: it goes with the answer, or with the context.
    auto *client = new RegistryClient(*endpoint, credentials, context);
    client->retryPolicy().setFailFastOnLoopbackRefusal(true);
    client->retryPolicy().setMaxTries(2);
    RequestSpec spec;
    spec.url = QUrl(QStringLiteral("/v2/"));
    spec.what = RegistryClient::tr("login to %1").arg(registryKey);
    client->send(spec, QString(),
                 [client, done = std::move(done)](const Result<RegistryResponse> &answer) {
                     client->deleteLater();
                     done(answer ? Result<void>() : Result<void>(answer.error()));
                 });
}

} // namespace Berth::Registry
