// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/engineendpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>

namespace Berth::Engine {

// An engine Berth knows of, before anyone has asked it anything.
struct KnownEngine
{
    QString name;   // the docker context's name, or the socket's kind ("podman", ...)
    QString source; // where Berth learnt of it: "context", "DOCKER_HOST", "socket"
    EngineEndpoint endpoint;
    bool current = false; // the one the docker CLI (and berthctl) would use now
};

// Every engine a user may have, in the order docs/engines.md gives: the docker CLI's
// contexts ("default" being DOCKER_HOST or the platform's socket), then the sockets that
// exist of rootless Docker ($XDG_RUNTIME_DIR/docker.sock), rootful Podman
// (/run/podman/podman.sock) and rootless Podman ($XDG_RUNTIME_DIR/podman/podman.sock).
// One entry per address: a context on Podman's socket is not listed twice. Reads files
// only; asks no engine.
class EngineDiscovery final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::EngineDiscovery)

public:
    static Result<QList<KnownEngine>>
    discover(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace Berth::Engine
