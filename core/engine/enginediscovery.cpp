// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginediscovery.h"

#include "engine/dockercontexts.h"

#include <QFileInfo>
#include <QSet>

namespace Berth::Engine {

Result<QList<KnownEngine>> EngineDiscovery::discover(const QProcessEnvironment &environment)
{
    const DockerContexts contexts(environment);
    const auto stored = contexts.list();
    if (!stored)
        return stored.error();
    const auto chosen = contexts.chosenName(QString(), QString());
    QList<KnownEngine> engines;
    QSet<QString> seen;
    for (const DockerContext &context : *stored) {
        const auto endpoint = EngineEndpoint::resolve(context.name, QString(), environment);
        if (!endpoint)
            continue; // a context the docker CLI could not use either
        KnownEngine engine;
        engine.name = context.name;
        const bool fromEnvironment = context.name == u"default" &&
                                     !environment.value(QStringLiteral("DOCKER_HOST")).isEmpty();
        engine.source = fromEnvironment ? QStringLiteral("DOCKER_HOST") : QStringLiteral("context");
        engine.endpoint = *endpoint;
        engine.current = chosen && *chosen == context.name;
        seen.insert(endpoint->url());
        engines.append(engine);
    }

    const QString runtime = environment.value(QStringLiteral("XDG_RUNTIME_DIR"));
    struct Socket
    {
        QString name;
        QString path;
    };
    QList<Socket> sockets;
    if (!runtime.isEmpty())
        sockets.append(
            {QStringLiteral("docker-rootless"), runtime + QStringLiteral("/docker.sock")});
    sockets.append({QStringLiteral("podman"), QStringLiteral("/run/podman/podman.sock")});
    if (!runtime.isEmpty())
        sockets.append(
            {QStringLiteral("podman-rootless"), runtime + QStringLiteral("/podman/podman.sock")});
    for (const Socket &socket : sockets) {
        // A socket that is not there is no engine the user has: not worth a row.
        if (!QFileInfo(socket.path).exists())
            continue;
        const auto endpoint = EngineEndpoint::parse(QStringLiteral("unix://") + socket.path);
        if (!endpoint || seen.contains(endpoint->url()))
            continue;
        seen.insert(endpoint->url());
        engines.append({socket.name, QStringLiteral("socket"), *endpoint, false});
    }
    return engines;
}

} // namespace Berth::Engine
