// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registryclientstarter.h"

#include "reference/imagereference.h"
#include "registry/registryclient.h"

namespace Berth::Ui {

void RegistryClientStarter::start(const QString &reference,
                                  const std::shared_ptr<CredentialSource> &credentials,
                                  const Registry::RegistryConfig &config, QObject *context,
                                  Done done)
{
    const auto parsed = Reference::ImageReference::parse(reference);
    if (!parsed) {
        done(
            Error(ErrorKind::Invalid,
                  tr("%1 is not an image reference: %2").arg(reference, parsed.error().message())));
        return;
    }
    const auto endpoint = Registry::RegistryEndpoint::resolve(parsed->domain(), config);
    if (!endpoint) {
        done(endpoint.error());
        return;
    }
    const auto withLogin = [context, done, endpoint = *endpoint](const Result<Credentials> &login) {
        if (!login) {
            done(Error(login.error().kind(), tr("The stored login for %1 could not be read: %2")
                                                 .arg(endpoint.domain(), login.error().message())));
            return;
        }
        auto *client = new Registry::RegistryClient(endpoint, *login, context);
        client->retryPolicy().setFailFastOnLoopbackRefusal(true);
        done(client);
    };
    if (credentials)
        credentials->find(LoginRef{parsed->domain(), {}}, context, withLogin);
    else
        withLogin(Credentials{});
}

} // namespace Berth::Ui
