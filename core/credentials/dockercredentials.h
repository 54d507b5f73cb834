// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "credentials/dockerconfig.h"

namespace Berth::Auth {

// Docker's logins as a CredentialSource, read-only: config.json (DOCKER_CONFIG or
// ~/.docker) is read at each lookup, and credHelpers / credsStore are asked through the
// docker-credential-* protocol. Used after Berth's own logins, and for import.
class DockerCredentials final : public CredentialSource
{
public:
    explicit DockerCredentials(int helperTimeoutMs = 10000)
        : m_helperTimeoutMs(helperTimeoutMs)
    {}

    void find(const LoginRef &login, QObject *context, Done done) override;

private:
    int m_helperTimeoutMs;
};

} // namespace Berth::Auth
