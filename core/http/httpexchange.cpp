// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpexchange.h"

#include "base/logging.h"

#include <QAbstractSocket>
#include <QIODevice>
#include <QLocalSocket>

#include <utility>

namespace Berth::Http {

HttpExchange::HttpExchange(QIODevice *device, HttpRequest request, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_request(std::move(request))
{
    m_parser.setExpectNoBody(m_request.method == "HEAD");
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpExchange::onIdleTimeout);
}

void HttpExchange::start()
{
    if (!m_device || !m_device->isOpen()) {
        finish(Error(ErrorKind::Unreachable, tr("the connection is not open")));
        return;
    }
    connect(m_device, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_device, &QIODevice::readChannelFinished, this, &HttpExchange::onInputClosed);
    connect(m_device, &QIODevice::bytesWritten, this, [this] {
        if (m_idleTimer.isActive())
            m_idleTimer.start();
        pumpBody();
    });
    // A socket reports the peer's close as disconnected(); readChannelFinished alone
    // is not emitted by every socket type.
    if (auto *socket = qobject_cast<QLocalSocket *>(m_device.data()))
        connect(socket, &QLocalSocket::disconnected, this, &HttpExchange::onInputClosed);
    else if (auto *tcp = qobject_cast<QAbstractSocket *>(m_device.data()))
        connect(tcp, &QAbstractSocket::disconnected, this, &HttpExchange::onInputClosed);

    if (m_request.idleTimeout.count() > 0)
        m_idleTimer.start(m_request.idleTimeout);
    qCDebug(lcHttp) << m_request.method << m_request.target;
    m_device->write(m_request.serialize());
    if (m_request.bodySource) {
        m_bodyRemaining = m_request.bodySourceLength;
        // A source filled while the request goes (a pipe from a download) says when it
        // has more.
        connect(m_request.bodySource, &QIODevice::readyRead, this, &HttpExchange::pumpBody);
        pumpBody();
    }
    // Bytes may already be buffered (a QProcess, or a test device).
    if (m_device->bytesAvailable() > 0)
        onReadyRead();
}

void HttpExchange::pumpBody()
{
    // Keep the request's share queued in the socket: enough to keep it busy, little memory.
    const qint64 InFlight = m_request.bodyInFlight;
    const qint64 Piece = qMin<qint64>(256 * 1024, InFlight);
    if (m_request.bodySource && m_request.bodySourceLength < 0) {
        pumpChunkedBody(InFlight, Piece);
        return;
    }
    while (!m_finished && m_bodyRemaining > 0 && m_device && m_device->bytesToWrite() < InFlight) {
        const QByteArray piece = m_request.bodySource->read(qMin(Piece, m_bodyRemaining));
        if (piece.isEmpty()) {
            if (!m_request.bodySource->atEnd())
                return; // nothing yet: its readyRead() comes back here
            finish(Error(ErrorKind::Io,
                         tr("the request body ended %1 bytes early").arg(m_bodyRemaining)));
            return;
        }
        m_bodyRemaining -= piece.size();
        m_device->write(piece);
    }
}

void HttpExchange::pumpChunkedBody(qint64 inFlight, qint64 piece)
{
    while (!m_finished && !m_bodySent && m_device && m_device->bytesToWrite() < inFlight) {
        const QByteArray data = m_request.bodySource->read(piece);
        if (!data.isEmpty()) {
            m_device->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
            continue;
        }
        if (!m_request.bodySource->atEnd()) {
            // The source failed (a damaged archive): never send the last chunk, so the
            // peer sees a body cut short, not a complete one.
            finish(Error(ErrorKind::Io, m_request.bodySource->errorString()));
            return;
        }
        m_bodySent = true;
        m_device->write("0\r\n\r\n");
    }
}

void HttpExchange::cancel()
{
    finish(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void HttpExchange::pause()
{
    if (m_finished || m_paused)
        return;
    m_paused = true;
    m_idleTimer.stop();
}

void HttpExchange::resume()
{
    if (m_finished || !m_paused)
        return;
    m_paused = false;
    if (m_request.idleTimeout.count() > 0)
        m_idleTimer.start(m_request.idleTimeout);
    onReadyRead();
    if (std::exchange(m_closedWhilePaused, false))
        onInputClosed();
}

void HttpExchange::onReadyRead()
{
    if (m_finished || !m_device || m_paused)
        return;
    if (m_idleTimer.isActive() || m_request.idleTimeout.count() > 0)
        m_idleTimer.start(m_request.idleTimeout);
    while (!m_finished && !m_paused && m_device->bytesAvailable() > 0) {
        const QByteArray data = m_device->read(qMax<qint64>(m_device->bytesAvailable(), 64 * 1024));
        if (data.isEmpty())
            break;
        m_parser.feed(data);
        drainParser();
    }
}

void HttpExchange::onInputClosed()
{
    if (m_finished)
        return;
    if (m_paused) {
        // What the peer sent before it closed waits in the device; resume() reads it.
        m_closedWhilePaused = true;
        return;
    }
    if (m_device && m_device->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    m_parser.finishInput();
    drainParser();
}

void HttpExchange::onIdleTimeout()
{
    if (m_finished)
        return;
    const auto seconds = std::chrono::duration<double>(m_request.idleTimeout).count();
    finish(Error(ErrorKind::Timeout,
                 m_parser.hasHead()
                     ? tr("no data for %1 s in the middle of the response").arg(seconds)
                     : tr("no response within %1 s").arg(seconds)));
}

void HttpExchange::drainParser()
{
    if (m_parser.hasHead() && !m_headEmitted) {
        m_headEmitted = true;
        Q_EMIT headReceived(m_parser.head());
    }
    if (m_finished)
        return;
    const QByteArray body = m_parser.takeBody();
    if (!body.isEmpty())
        Q_EMIT bodyReceived(body);
    if (m_finished)
        return;
    if (m_parser.hasError())
        finish(m_parser.error());
    else if (m_parser.isComplete())
        finish(Result<void>());
}

void HttpExchange::finish(Result<void> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer.stop();
    if (m_device)
        disconnect(m_device, nullptr, this, nullptr);
    Q_EMIT finished(result);
}

} // namespace Berth::Http
