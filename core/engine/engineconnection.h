// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/engineendpoint.h"

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>

class QIODevice;

namespace Berth::Engine {

// One socket to the engine, opened asynchronously. Tells "nothing listens there"
// (Unreachable) apart from "we may not open it" (PermissionDenied), since the window
// explains the two differently.
class EngineConnection final : public QObject
{
    Q_OBJECT

public:
    explicit EngineConnection(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    ~EngineConnection() override;

    void open(std::chrono::milliseconds timeout = std::chrono::seconds(15));
    QIODevice *device() const { return m_device; }
    void close();
    // For ssh, what ssh said on stderr when it ended with a failure (why it could not log
    // in or run docker there); empty otherwise.
    QString transportDiagnostics() const;

Q_SIGNALS:
    void opened();
    void failed(const Berth::Error &error);

private:
    void connectNow(std::chrono::milliseconds timeout);
    void connectTls();
    void connectSsh();
    void onTcpError(QAbstractSocket *socket, QAbstractSocket::SocketError error);
    void succeed();
    void fail(ErrorKind kind, const QString &reason);

    EngineEndpoint m_endpoint;
    QIODevice *m_device = nullptr;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace Berth::Engine
