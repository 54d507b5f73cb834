// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginestream.h"

#include "engine/engineconnection.h"
#include "http/httpexchange.h"

namespace Berth::Engine {

namespace {

// Connecting is bounded by the request's own patience, and by 15 s at most.
std::chrono::milliseconds connectTimeout(const Http::HttpRequest &request)
{
    constexpr std::chrono::milliseconds ceiling = std::chrono::seconds(15);
    return request.idleTimeout.count() > 0 ? qMin(request.idleTimeout, ceiling) : ceiling;
}

} // namespace

EngineStream::EngineStream(const EngineEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{}

void EngineStream::start(Http::HttpRequest request)
{
    if (m_finished)
        return;
    if (m_cancelled) {
        finish(Error(ErrorKind::Cancelled, tr("cancelled")));
        return;
    }
    request.host = "api.moby.localhost"; // any Host works on a socket; the Go client sends this
    m_connection = new EngineConnection(m_endpoint, this);
    connect(m_connection, &EngineConnection::failed, this,
            [this](const Error &error) { finish(error); });
    connect(m_connection, &EngineConnection::opened, this, [this, request] {
        m_exchange = new Http::HttpExchange(m_connection->device(), request, this);
        connect(m_exchange, &Http::HttpExchange::headReceived, this, [this] { m_headSeen = true; });
        connect(m_exchange, &Http::HttpExchange::headReceived, this, &EngineStream::headReceived);
        connect(m_exchange, &Http::HttpExchange::bodyReceived, this, &EngineStream::bodyReceived);
        connect(m_exchange, &Http::HttpExchange::finished, this,
                [this](const Result<void> &result) {
                    if (result.ok())
                        return finish(result);
                    finish(explained(result.error()).withContext(m_endpoint.url()));
                });
        m_exchange->start();
        if (m_paused)
            m_exchange->pause();
    });
    m_connection->open(connectTimeout(request));
}

Error EngineStream::explained(const Error &error) const
{
    // Over ssh the connection's end says little; what ssh wrote says why (no such host, a
    // refused key, no docker there).
    if (error.kind() != ErrorKind::Cancelled && m_connection) {
        const QString said = m_connection->transportDiagnostics();
        if (!said.isEmpty())
            return Error(m_headSeen ? error.kind() : ErrorKind::Unreachable,
                         tr("ssh failed: %1").arg(said));
    }
    // With TLS 1.3 a daemon run with --tlsverify checks the client's certificate after the
    // handshake has finished for the client, and then closes: without a certificate, the
    // first request sees only a closed connection.
    const EngineTls &tls = m_endpoint.tls();
    if (m_headSeen || !tls.enabled || !tls.certFile.isEmpty() ||
        error.kind() == ErrorKind::Cancelled)
        return error;
    return Error(ErrorKind::PermissionDenied,
                 tr("%1; the engine may want a client certificate its CA signed (cert.pem and "
                    "key.pem in the context or DOCKER_CERT_PATH)")
                     .arg(error.message()));
}

void EngineStream::abort(const Error &error)
{
    if (m_connection) {
        finish(error);
        return;
    }
    // Not started: whoever got this stream from the call that aborts it connects after
    // that call returns, so the end is told on the next pass of the event loop.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void EngineStream::pause()
{
    m_paused = true;
    if (m_exchange)
        m_exchange->pause();
}

void EngineStream::resume()
{
    m_paused = false;
    if (m_exchange)
        m_exchange->resume();
}

void EngineStream::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_exchange)
        m_exchange->cancel(); // reports through finish()
    else if (m_connection)
        finish(Error(ErrorKind::Cancelled, tr("cancelled")));
    // else: not started yet; start() reports the cancel.
}

void EngineStream::finish(const Result<void> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_exchange)
        m_exchange->disconnect(this);
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->close();
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace Berth::Engine
