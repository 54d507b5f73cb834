// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Auth {

// The key a registry's logins are kept under. Docker Hub answers to several names
// ("docker.io", "index.docker.io", "registry-1.docker.io" and Docker's config key
// "https://index.docker.io/v1/"): all of them give "docker.io". Other registries keep their
// host[:port], lower-cased, without a scheme or a trailing slash.
class RegistryKey final
{
public:
    static QString of(const QString &registry);
    static bool isDockerHub(const QString &registry);
    // The name the engine and Docker's config know the registry by (Docker Hub: its legacy
    // index address).
    static QString serverAddress(const QString &registry);
};

} // namespace Berth::Auth
