// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineconnection.h"

#include <QLocalSocket>
#include <QTcpSocket>

namespace Berth::Engine {

EngineConnection::EngineConnection(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(ErrorKind::Timeout, tr("no connection within %1 s").arg(m_timeout.interval() / 1000));
    });
}

EngineConnection::~EngineConnection()
{
    close();
}

void EngineConnection::close()
{
    if (!m_device)
        return;
    m_device->disconnect(this);
    if (auto *local = qobject_cast<QLocalSocket *>(m_device))
        local->abort();
    else if (auto *tcp = qobject_cast<QTcpSocket *>(m_device))
        tcp->abort();
    m_device->deleteLater();
    m_device = nullptr;
}

void EngineConnection::succeed()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    Q_EMIT opened();
}

void EngineConnection::fail(ErrorKind kind, const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    close();
    Q_EMIT failed(Error(kind, reason).withContext(m_endpoint.url()));
}

void EngineConnection::open(std::chrono::milliseconds timeout)
{
    // Connect from the event loop: a socket can fail inside connectToServer(), and a
    // caller must never get its result before open() has returned.
    QMetaObject::invokeMethod(
        this, [this, timeout] { connectNow(timeout); }, Qt::QueuedConnection);
}

void EngineConnection::connectNow(std::chrono::milliseconds timeout)
{
    m_timeout.start(timeout);
    if (m_endpoint.transport() == EngineEndpoint::Transport::Local) {
        auto *socket = new QLocalSocket(this);
        m_device = socket;
        connect(socket, &QLocalSocket::connected, this, &EngineConnection::succeed);
        connect(socket, &QLocalSocket::errorOccurred, this,
                [this, socket](QLocalSocket::LocalSocketError error) {
                    if (m_done)
                        return;
                    switch (error) {
                    case QLocalSocket::ServerNotFoundError:
                        fail(ErrorKind::Unreachable,
                             tr("no engine is running here (the socket does not exist)"));
                        break;
                    case QLocalSocket::ConnectionRefusedError:
                        fail(ErrorKind::Unreachable,
                             tr("no engine is listening on this socket (connection refused)"));
                        break;
                    case QLocalSocket::SocketAccessError:
                        fail(ErrorKind::PermissionDenied,
                             tr("permission denied: this user may not open the engine's socket; "
                                "add the user to "
                                "the group that owns it (usually 'docker') or run Docker in "
                                "rootless mode"));
                        break;
                    case QLocalSocket::SocketTimeoutError:
                        fail(ErrorKind::Timeout,
                             tr("the engine did not accept the connection in time"));
                        break;
                    default:
                        fail(ErrorKind::Unreachable, socket->errorString());
                        break;
                    }
                });
        socket->connectToServer(m_endpoint.localName());
        return;
    }

    auto *socket = new QTcpSocket(this);
    m_device = socket;
    connect(socket, &QTcpSocket::connected, this, &EngineConnection::succeed);
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) {
                if (m_done)
                    return;
                switch (error) {
                case QAbstractSocket::ConnectionRefusedError:
                    fail(ErrorKind::Unreachable,
                         tr("no engine is listening at this address (connection refused)"));
                    break;
                case QAbstractSocket::HostNotFoundError:
                    fail(ErrorKind::Unreachable, tr("the host name could not be resolved"));
                    break;
                default:
                    fail(ErrorKind::Unreachable, socket->errorString());
                    break;
                }
            });
    socket->connectToHost(m_endpoint.host(), m_endpoint.port());
}

} // namespace Berth::Engine
