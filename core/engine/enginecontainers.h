// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QJsonArray>
#include <QObject>

#include <functional>

namespace Berth::Engine {

class EngineClient;

// The container calls the image details need: the containers made from an image, and
// stopping or removing one. Asynchronous like EngineClient.
class EngineContainers final : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit EngineContainers(EngineClient *client, QObject *parent = nullptr);

    // GET /containers/json?all=1 filtered by ancestor: running and stopped containers of
    // the image (an id or a reference), as `docker ps -a --filter ancestor=IMAGE`.
    void listByAncestor(const QString &image, QObject *context, Callback<QJsonArray> done);
    // POST /containers/{id}/stop: the engine's stop (SIGTERM, then SIGKILL after the
    // container's own timeout). The engine answers 304 for one that is not running, which
    // fails like any other refusal: the window offers Stop for running containers only.
    void stop(const QString &id, QObject *context, Callback<void> done);
    // DELETE /containers/{id}; force also removes a running one, as `docker rm -f`.
    void remove(const QString &id, bool force, QObject *context, Callback<void> done);

private:
    EngineClient *m_client;
};

} // namespace Berth::Engine
