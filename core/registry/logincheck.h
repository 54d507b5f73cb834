// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentials.h"
#include "base/result.h"
#include "registry/registryconfig.h"

#include <QObject>

#include <functional>

namespace Berth::Registry {

// Whether a registry accepts a login, asked as docker login asks: GET /v2/ with the
// credentials (a Basic registry checks them there; a token registry when it hands out a
// token without a scope). A refusal names the registry and the user. Asynchronous; the
// answer comes on context's thread.
class LoginCheck final
{
public:
    // registryKey: host[:port]; Docker Hub's key "docker.io" is asked at its API host.
    static void run(const QString &registryKey, const RegistryConfig &config,
                    const Credentials &credentials, QObject *context,
                    std::function<void(const Result<void> &)> done);
};

} // namespace Berth::Registry
