// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/engineendpoint.h"

#include <QObject>

class QIODevice;

namespace Berth::Engine {

class EngineConnection;

// POST /containers/{id}/attach with Upgrade: tcp. After "101 UPGRADED" the connection
// is the container's stdio: what arrives is its output (raw or framed, as its Tty says),
// what is written goes to its stdin. HttpExchange knows only requests that end, so the
// hijacked connection is spoken here on its own socket.
class ContainerAttach final : public QObject
{
    Q_OBJECT

public:
    // target: the versioned path with its query ("/v1.41/containers/ID/attach?...").
    ContainerAttach(const EngineEndpoint &endpoint, QByteArray target, QObject *parent = nullptr);
    ~ContainerAttach() override;

    void start();
    void write(const QByteArray &data);
    // Stdin ended: the write side is shut so the container reads end of file.
    void closeWrite();
    void close();

Q_SIGNALS:
    void attached();
    void received(const QByteArray &data);
    // The connection ended: ok when the container closed its output, else why not.
    void finished(const Berth::Result<void> &result);

private:
    void onReadable();
    void readHead();
    void finishRefused();
    void shutdownWrite(QIODevice *device);
    void finish(const Result<void> &result);

    EngineEndpoint m_endpoint;
    QByteArray m_target;
    EngineConnection *m_connection = nullptr;
    QByteArray m_head;
    QByteArray m_refusal; // the body of an answer other than 101
    int m_status = 0;
    qint64 m_refusalLength = -1;
    bool m_upgraded = false;
    bool m_finished = false;
};

} // namespace Berth::Engine
