// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/dockercredentials.h"

#include "credentials/credentialhelper.h"
#include "credentials/registrykey.h"

namespace Berth::Auth {

void DockerCredentials::find(const LoginRef &login, QObject *context, Done done)
{
    const auto config = DockerConfig::load();
    if (!config) {
        answerLater(context, std::move(done), config.error()); // the user meant something by it
        return;
    }
    const auto source = config->sourceFor(login.registry);
    if (!source) {
        answerLater(context, std::move(done), Credentials{});
        return;
    }
    if (!source->helper.isEmpty()) {
        CredentialHelper::get(source->helper, RegistryKey::serverAddress(login.registry), context,
                              std::move(done), m_helperTimeoutMs);
        return;
    }
    answerLater(context, std::move(done), source->credentials);
}

} // namespace Berth::Auth
