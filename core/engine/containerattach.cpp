// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/containerattach.h"

#include "engine/engineclient.h"
#include "engine/engineconnection.h"

#include <QIODevice>
#include <QLocalSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace Berth::Engine {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;

qintptr descriptorOf(QIODevice *device)
{
    if (auto *local = qobject_cast<QLocalSocket *>(device))
        return local->socketDescriptor();
    if (auto *tcp = qobject_cast<QTcpSocket *>(device))
        return tcp->socketDescriptor();
    return -1;
}

} // namespace

ContainerAttach::ContainerAttach(const EngineEndpoint &endpoint, QByteArray target, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_target(std::move(target))
{}

ContainerAttach::~ContainerAttach()
{
    close();
}

void ContainerAttach::start()
{
    m_connection = new EngineConnection(m_endpoint, this);
    connect(m_connection, &EngineConnection::failed, this,
            [this](const Error &error) { finish(error); });
    connect(m_connection, &EngineConnection::opened, this, [this] {
        QIODevice *device = m_connection->device();
        connect(device, &QIODevice::readyRead, this, &ContainerAttach::onReadable);
        // Either socket type says the peer is gone through its own signal.
        if (auto *local = qobject_cast<QLocalSocket *>(device))
            connect(local, &QLocalSocket::disconnected, this, [this] {
                onReadable();
                m_upgraded ? finish({}) : finishRefused();
            });
        else if (auto *tcp = qobject_cast<QAbstractSocket *>(device))
            connect(tcp, &QAbstractSocket::disconnected, this, [this] {
                onReadable();
                m_upgraded ? finish({}) : finishRefused();
            });
        // Not HttpRequest::serialize(): its Connection: close would contradict the upgrade.
        device->write("POST " + m_target +
                      " HTTP/1.1\r\nHost: api.moby.localhost\r\nUser-Agent: Berth\r\n"
                      "Content-Length: 0\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
    });
    m_connection->open();
}

void ContainerAttach::onReadable()
{
    if (m_finished || !m_connection || !m_connection->device())
        return;
    QIODevice *device = m_connection->device();
    const QByteArray data = device->readAll();
    if (data.isEmpty())
        return;
    if (m_upgraded) {
        Q_EMIT received(data);
        return;
    }
    if (m_status != 0) { // a refusal's body
        m_refusal.append(data);
        if (m_refusalLength >= 0 && m_refusal.size() >= m_refusalLength)
            finishRefused();
        return;
    }
    m_head.append(data);
    readHead();
}

void ContainerAttach::readHead()
{
    const qsizetype end = m_head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_head.size() > MaxHeadBytes)
            finish(Error(ErrorKind::Protocol, tr("the engine's answer to attach has no end of "
                                                 "its headers")));
        return;
    }
    const QByteArray rest = m_head.mid(end + 4);
    const QList<QByteArray> lines = m_head.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    m_status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : -1;
    // Without Upgrade support a daemon answers 200 and hijacks all the same.
    if (m_status == 101 || m_status == 200) {
        m_upgraded = true;
        m_head.clear();
        Q_EMIT attached();
        if (!rest.isEmpty() && !m_finished)
            Q_EMIT received(rest);
        return;
    }
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 &&
            line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            m_refusalLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    m_refusal = rest;
    if (m_refusalLength >= 0 && m_refusal.size() >= m_refusalLength)
        finishRefused();
}

void ContainerAttach::finishRefused()
{
    if (m_status <= 0) {
        finish(Error(ErrorKind::Protocol, tr("the engine closed the attach connection without "
                                             "an answer")));
        return;
    }
    Http::HttpResponseHead head;
    head.status = m_status;
    finish(EngineClient::errorFromResponse(head, m_refusal).withContext(m_endpoint.url()));
}

void ContainerAttach::write(const QByteArray &data)
{
    if (m_upgraded && !m_finished && m_connection && m_connection->device())
        m_connection->device()->write(data);
}

void ContainerAttach::closeWrite()
{
    if (!m_upgraded || m_finished || !m_connection || !m_connection->device())
        return;
    QIODevice *device = m_connection->device();
    // What is buffered goes first, then the half-close: the container reads all of stdin.
    if (auto *local = qobject_cast<QLocalSocket *>(device))
        local->flush();
    else if (auto *tcp = qobject_cast<QAbstractSocket *>(device))
        tcp->flush();
    if (device->bytesToWrite() > 0) {
        connect(device, &QIODevice::bytesWritten, this, [this, device] {
            if (device->bytesToWrite() == 0)
                shutdownWrite(device);
        });
        return;
    }
    shutdownWrite(device);
}

void ContainerAttach::shutdownWrite(QIODevice *device)
{
    const qintptr fd = descriptorOf(device);
    if (fd >= 0)
        ::shutdown(int(fd), SHUT_WR);
}

void ContainerAttach::close()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->close();
    }
}

void ContainerAttach::finish(const Result<void> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    close();
    Q_EMIT finished(result);
}

} // namespace Berth::Engine
