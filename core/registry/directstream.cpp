// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/directstream.h"

#include "http/httpexchange.h"
#include "http/httpresponsehead.h"
#include "registry/registryclient.h"
#include "registry/registrylogging.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslSocket>
#include <QTcpSocket>

namespace Berth::Registry {

namespace {
// What a paused GET lets the socket hold before TCP slows the registry down.
constexpr qint64 SocketReadBuffer = 256 * 1024;
// What an upload keeps queued in its socket beyond the kernel's own buffer.
constexpr qint64 SocketWriteBuffer = 128 * 1024;
} // namespace

DirectStream::DirectStream(RegistryClient *client, RequestSpec spec, QString scope,
                           QByteArray authorization, Done done)
    : RequestHandle(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_scope(std::move(scope))
    , m_authorization(std::move(authorization))
    , m_done(std::move(done))
{}

void DirectStream::start()
{
    if (m_spec.onRequest)
        m_spec.onRequest(this);
    if (m_finished)
        return; // cancelled from onRequest
    const QUrl &url = m_spec.url;
    const bool tls = url.scheme() == u"https";
    if (tls) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_client->endpoint().sslConfiguration());
        if (m_client->endpoint().insecure())
            connect(socket, &QSslSocket::sslErrors, socket,
                    [socket](const QList<QSslError> &) { socket->ignoreSslErrors(); });
        connect(socket, &QSslSocket::encrypted, this, &DirectStream::onConnected);
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &DirectStream::onConnected);
    }
    // Taken only where no proxy applies (RegistryClient::stream).
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->setReadBufferSize(SocketReadBuffer);
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (m_finished)
                    return;
                if (!m_exchange)
                    fallBack(m_socket->errorString()); // not connected: nothing was sent
                else if (error != QAbstractSocket::RemoteHostClosedError)
                    onFinished(Error(ErrorKind::Unreachable, m_socket->errorString()));
                // A close is the exchange's to judge: the body may be complete.
            });
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (auto *socket = qobject_cast<QSslSocket *>(m_socket))
        socket->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void DirectStream::onConnected()
{
    if (m_finished || m_exchange)
        return;
    const QUrl &url = m_spec.url;
    Http::HttpRequest request;
    request.method = m_spec.method;
    request.target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (request.target.isEmpty())
        request.target = "/";
    const bool defaultPort = url.port() < 0 || url.port() == (url.scheme() == u"https" ? 443 : 80);
    request.host = url.host().toUtf8();
    if (!defaultPort)
        request.host += ':' + QByteArray::number(url.port());
    request.idleTimeout = std::chrono::milliseconds(m_client->endpoint().idleTimeoutMs());
    if (!m_authorization.isEmpty() && RegistryRequest::hostPort(url) == m_spec.authHost)
        request.headers.append({QByteArrayLiteral("Authorization"), m_authorization});
    for (const auto &[name, value] : std::as_const(m_spec.headers))
        request.headers.append({name, value});
    if (m_spec.prepare) {
        // The same headers a try through send() would carry (a Range to resume).
        QNetworkRequest prepared(url);
        m_spec.prepare(prepared);
        for (const QByteArray &name : prepared.rawHeaderList())
            request.headers.append({name, prepared.rawHeader(name)});
    }
    if (isUpload()) {
        const Result<QIODevice *> body = m_spec.uploadBody();
        if (!body) {
            finish(body.error());
            return;
        }
        request.headers.append({QByteArrayLiteral("Content-Type"), m_spec.uploadType});
        request.bodySource = *body;
        request.bodySourceLength = m_spec.uploadSize;
        request.bodyInFlight = SocketWriteBuffer;
    }
    m_exchange = new Http::HttpExchange(m_socket, std::move(request), this);
    connect(m_exchange, &Http::HttpExchange::headReceived, this, &DirectStream::onHead);
    connect(m_exchange, &Http::HttpExchange::bodyReceived, this, &DirectStream::onBody);
    connect(m_exchange, &Http::HttpExchange::finished, this, &DirectStream::onFinished);
    qCDebug(lcRegistry) << m_spec.method << "direct" << url.path();
    m_exchange->start();
    if (m_paused && m_exchange)
        m_exchange->pause();
}

void DirectStream::onHead(const Http::HttpResponseHead &head)
{
    if (m_finished)
        return;
    m_headSeen = true;
    m_response.status = head.status;
    m_response.url = m_spec.url;
    for (const auto &[name, value] : head.headers)
        m_response.headers.append({name, value});
    // An upload's 2xx, or a status its caller judges itself (a 416 ends the session), is
    // its answer; a 401 or a fault goes the long way.
    const bool plain = isUpload() ? (head.status >= 200 && head.status < 300) ||
                                        m_spec.passStatuses.contains(head.status)
                                  : head.status == 200 || head.status == 206;
    if (!plain) {
        fallBack(QStringLiteral("HTTP %1").arg(head.status));
        return;
    }
    if (!isUpload() && m_spec.onHead) {
        const Result<void> accepted = m_spec.onHead(head.status, m_response);
        if (!accepted) {
            close();
            finish(accepted.error());
        }
    }
}

void DirectStream::onBody(const QByteArray &data)
{
    if (m_finished)
        return;
    if (isUpload()) {
        // An upload's answer is small; more is not read (nor kept).
        if (m_response.body.size() < RegistryRequest::ErrorBodyCap)
            m_response.body += data.left(RegistryRequest::ErrorBodyCap - m_response.body.size());
        return;
    }
    if (!m_spec.onData)
        return;
    const Result<void> taken = m_spec.onData(data);
    if (!taken) {
        close();
        finish(taken.error());
    }
}

void DirectStream::onFinished(const Result<void> &result)
{
    if (m_finished)
        return;
    // An upload's answer counts once its head is here, even if the registry then closed
    // the connection under the rest of the body (as after a 416).
    const bool complete = isUpload() ? m_headSeen : m_spec.complete && m_spec.complete();
    if (result || complete) {
        close();
        finish(m_response);
        return;
    }
    if (!isUpload()) {
        // The rest of the blob through send(), which asks for it with a Range.
        fallBack(result.error().message());
        return;
    }
    // A PATCH cut mid-body: the registry has dropped the session (docs/protocols.md); the
    // caller starts a new one, as after the same fault through send().
    close();
    finish(result.error().withContext(m_spec.what));
}

void DirectStream::fallBack(const QString &why)
{
    qCDebug(lcRegistry).noquote() << "direct" << m_spec.method << "gives way to send():" << why;
    close();
    m_finished = true;
    if (m_client)
        m_client->send(std::move(m_spec), m_scope, std::move(m_done));
    deleteLater();
}

void DirectStream::finish(const Result<RegistryResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_done)
        std::exchange(m_done, {})(result);
    deleteLater();
}

void DirectStream::close()
{
    if (m_exchange) {
        disconnect(m_exchange, nullptr, this, nullptr);
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

void DirectStream::cancel()
{
    if (m_finished)
        return;
    close();
    finish(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void DirectStream::pause()
{
    m_paused = true;
    if (m_exchange)
        m_exchange->pause();
}

void DirectStream::resume()
{
    m_paused = false;
    if (m_exchange)
        m_exchange->resume();
}

} // namespace Berth::Registry
