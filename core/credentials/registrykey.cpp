// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/registrykey.h"

namespace Berth::Auth {

namespace {

const QString DockerHub = QStringLiteral("docker.io");

QString withoutScheme(QString text)
{
    text = text.trimmed().toLower();
    for (const QLatin1StringView scheme :
         {QLatin1StringView("https://"), QLatin1StringView("http://")}) {
        if (text.startsWith(scheme)) {
            text.remove(0, scheme.size());
            break;
        }
    }
    // Docker's config keys Docker Hub as https://index.docker.io/v1/: the path goes.
    const qsizetype slash = text.indexOf(u'/');
    return slash < 0 ? text : text.left(slash);
}

} // namespace

bool RegistryKey::isDockerHub(const QString &registry)
{
    const QString host = withoutScheme(registry);
    return host.isEmpty() || host == DockerHub || host == u"index.docker.io" ||
           host == u"registry-1.docker.io" || host == u"registry.hub.docker.com";
}

QString RegistryKey::of(const QString &registry)
{
    return isDockerHub(registry) ? DockerHub : withoutScheme(registry);
}

QString RegistryKey::serverAddress(const QString &registry)
{
    return isDockerHub(registry) ? QStringLiteral("https://index.docker.io/v1/") : of(registry);
}

} // namespace Berth::Auth
