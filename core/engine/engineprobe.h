// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/enginediscovery.h"

#include <QObject>

#include <chrono>

namespace Berth::Engine {

// What one engine said to /version, or why it said nothing.
struct EngineStatus
{
    KnownEngine engine;
    bool reachable = false;
    QString kind;       // "Docker" or "Podman"; empty when unreachable
    QString version;    // the engine's own ("20.10.24+dfsg1", "4.3.1")
    QString apiVersion; // the Docker API version it serves
    QString error;      // why it is unreachable

    // Kind and versions from a /version answer: Podman names a component "Podman Engine"
    // (its compatible API otherwise looks like Docker's).
    static EngineStatus fromVersion(const KnownEngine &engine, const QByteArray &json);
};

// Asks every engine at once for /version, each bounded by the timeout, so that one that
// does not answer (a host behind a dead link) holds the others up by no more than that.
// finished() comes once, with a status per engine in the order given. Lives on any thread
// with an event loop; the window runs it on a worker.
class EngineProbe final : public QObject
{
    Q_OBJECT

public:
    explicit EngineProbe(QObject *parent = nullptr);

    void probe(const QList<KnownEngine> &engines, std::chrono::milliseconds timeout);

Q_SIGNALS:
    void finished(const QList<Berth::Engine::EngineStatus> &statuses);
};

} // namespace Berth::Engine

Q_DECLARE_METATYPE(Berth::Engine::EngineStatus)
