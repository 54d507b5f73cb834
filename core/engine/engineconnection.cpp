// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineconnection.h"

#include "engine/sshdialdevice.h"

#include <QFile>
#include <QLocalSocket>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
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
    else
        m_device->close();
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

    if (m_endpoint.transport() == EngineEndpoint::Transport::Ssh) {
        connectSsh();
        return;
    }
    if (m_endpoint.tls().enabled) {
        connectTls();
        return;
    }
    auto *socket = new QTcpSocket(this);
    m_device = socket;
    connect(socket, &QTcpSocket::connected, this, &EngineConnection::succeed);
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) { onTcpError(socket, error); });
    socket->connectToHost(m_endpoint.host(), m_endpoint.port());
}

void EngineConnection::onTcpError(QAbstractSocket *socket, QAbstractSocket::SocketError error)
{
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
    case QAbstractSocket::RemoteHostClosedError:
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
        if (m_endpoint.tls().enabled) {
            // A daemon run with --tlsverify ends the handshake of a client without a
            // certificate it trusts.
            fail(ErrorKind::PermissionDenied,
                 tr("the engine refused the TLS connection (%1); it may want a client "
                    "certificate its CA signed: cert.pem and key.pem in the context or "
                    "DOCKER_CERT_PATH")
                     .arg(socket->errorString()));
            break;
        }
        [[fallthrough]];
    default:
        fail(ErrorKind::Unreachable, socket->errorString());
        break;
    }
}

void EngineConnection::connectSsh()
{
    auto *device = new SshDialDevice(m_endpoint, this);
    m_device = device;
    // Connected as far as Berth can tell once ssh runs: whether it logs in shows only in
    // the first answer, or in what ssh says when it exits (EngineStream reports it).
    connect(device, &SshDialDevice::started, this, &EngineConnection::succeed);
    connect(device, &SshDialDevice::failedToStart, this, [this](const QString &reason) {
        fail(ErrorKind::Unreachable,
             tr("cannot run ssh (%1); it is needed for ssh:// engines").arg(reason));
    });
    device->start();
}

QString EngineConnection::transportDiagnostics() const
{
    if (const auto *ssh = qobject_cast<const SshDialDevice *>(m_device); ssh && ssh->sshFailed())
        return ssh->diagnostics();
    return {};
}

namespace {

// A PEM key of either kind the docker CLI's certificates use.
QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

void EngineConnection::connectTls()
{
    const EngineTls &tls = m_endpoint.tls();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!tls.caFile.isEmpty()) {
        // Only the given CA, as the docker CLI does: the engine's own CA is not the world's.
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(tls.caFile);
        if (cas.isEmpty())
            return fail(ErrorKind::Invalid,
                        tr("cannot read the CA certificate %1").arg(tls.caFile));
        config.setCaCertificates(cas);
    }
    if (!tls.certFile.isEmpty() && !tls.keyFile.isEmpty()) {
        const QList<QSslCertificate> certificate = QSslCertificate::fromPath(tls.certFile);
        const QSslKey key = readKey(tls.keyFile);
        if (certificate.isEmpty() || key.isNull())
            return fail(ErrorKind::Invalid,
                        tr("cannot read the client certificate %1 and its key %2")
                            .arg(tls.certFile, tls.keyFile));
        config.setLocalCertificate(certificate.first());
        config.setPrivateKey(key);
    }
    config.setPeerVerifyMode(tls.verify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);

    auto *socket = new QSslSocket(this);
    m_device = socket;
    socket->setSslConfiguration(config);
    connect(socket, &QSslSocket::encrypted, this, &EngineConnection::succeed);
    connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        fail(ErrorKind::PermissionDenied,
             tr("the engine's certificate is not trusted: %1 (its CA: ca.pem in the context or "
                "DOCKER_CERT_PATH)")
                 .arg(texts.join(QStringLiteral("; "))));
    });
    connect(socket, &QSslSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) { onTcpError(socket, error); });
    socket->connectToHostEncrypted(m_endpoint.host(), m_endpoint.port());
}

} // namespace Berth::Engine
