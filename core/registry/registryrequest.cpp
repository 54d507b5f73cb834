// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registryrequest.h"

#include "registry/redaction.h"
#include "registry/registryendpoint.h"
#include "registry/registrylogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

namespace Berth::Registry {

namespace {

constexpr qint64 ReadBufferSize = 256 * 1024;

bool isNetworkFault(QNetworkReply::NetworkError error)
{
    // Qt numbers transport errors below 200 (connection, TLS, proxy); 200 and up are
    // HTTP-level answers that carry a status.
    return error != QNetworkReply::NoError && error < 200;
}

RetryPolicy::Fault classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return RetryPolicy::Fault::ConnectionFailed;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return RetryPolicy::Fault::Timeout;
    default:
        return RetryPolicy::Fault::Other;
    }
}

ErrorKind kindForStatus(int status)
{
    switch (status) {
    case 401:
    case 403:
        return ErrorKind::PermissionDenied;
    case 404:
        return ErrorKind::NotFound;
    case 400:
    case 405:
        return ErrorKind::Invalid;
    case 409:
        return ErrorKind::Conflict;
    default:
        return ErrorKind::Remote;
    }
}

} // namespace

QByteArray RegistryResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

RegistryRequest::RegistryRequest(QNetworkAccessManager *nam, const QSslConfiguration &ssl,
                                 bool insecure, int idleTimeoutMs, const RetryPolicy &policy,
                                 RequestSpec spec, Done done, QObject *parent)
    : RequestHandle(parent)
    , m_nam(nam)
    , m_ssl(ssl)
    , m_insecure(insecure)
    , m_policy(policy)
    , m_spec(std::move(spec))
    , m_done(std::move(done))
    , m_url(m_spec.url)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        qCInfo(lcRegistry) << "no byte for" << m_idle.interval() << "ms from"
                           << Redaction::url(m_url) << "- aborting";
        m_timedOut = true;
        m_reply->abort();
    });
}

QString RegistryRequest::hostPort(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    return url.host().toLower() + u':' + QString::number(url.port(defaultPort));
}

QString RegistryRequest::untrustedCertificateText(const QString &detail)
{
    return tr("TLS certificate not trusted: %1").arg(detail);
}

QString RegistryRequest::plainHttpAnswerText()
{
    return tr("the registry answered plain HTTP");
}

void RegistryRequest::start()
{
    if (m_spec.onRequest)
        m_spec.onRequest(this);
    m_sinceProgress.start();
    attempt();
}

void RegistryRequest::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    else
        fail(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void RegistryRequest::pause()
{
    m_paused = true;
    m_idle.stop();
}

void RegistryRequest::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (!m_reply)
        return;
    m_idle.start();
    if (m_reply->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &RegistryRequest::onReadyRead);
}

void RegistryRequest::attempt()
{
    if (m_cancelled || m_finished)
        return;
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Berth"));
    if (m_url.scheme() == u"https")
        request.setSslConfiguration(m_ssl);
    for (const auto &[name, value] : m_spec.headers)
        request.setRawHeader(name, value);
    // Credentials go only to the host they belong to, never along a redirect elsewhere.
    if (!m_spec.authorization.isEmpty() && hostPort(m_url) == m_spec.authHost)
        request.setRawHeader(QByteArrayLiteral("Authorization"), m_spec.authorization);
    if (m_spec.prepare)
        m_spec.prepare(request);

    m_response = RegistryResponse();
    m_headSeen = false;
    m_timedOut = false;
    m_abortError.reset();
    m_streamedThisTry = 0;
    m_sslErrorText.clear();
    m_certificateRejected = false;

    qCDebug(lcRegistry) << m_spec.method << Redaction::url(m_url) << "try" << m_try;
    QNetworkReply *reply = nullptr;
    if (m_spec.uploadBody) {
        const Result<QIODevice *> body = m_spec.uploadBody();
        if (!body) {
            fail(body.error());
            return;
        }
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.uploadSize);
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.uploadType);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_nam->sendCustomRequest(request, m_spec.method, *body);
    } else if (m_spec.method == "GET")
        reply = m_nam->get(request);
    else if (m_spec.method == "HEAD")
        reply = m_nam->head(request);
    else if (m_spec.method == "POST") {
        // A form unless the caller said otherwise (the AWS APIs post JSON).
        if (!request.hasRawHeader(QByteArrayLiteral("Content-Type")))
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam->post(request, m_spec.postBody);
    } else if (m_spec.method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.uploadType);
        reply = m_nam->put(request, m_spec.postBody);
    } else
        reply = m_nam->sendCustomRequest(request, m_spec.method);
    m_reply = reply;
    reply->setReadBufferSize(ReadBufferSize);
    connect(reply, &QNetworkReply::readyRead, this, &RegistryRequest::onReadyRead);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_paused)
            m_idle.start();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this] {
        if (!m_paused)
            m_idle.start();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_idle.start(); });
    connect(reply, &QNetworkReply::finished, this, &RegistryRequest::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (m_insecure) {
            reply->ignoreSslErrors();
            return;
        }
        m_certificateRejected = true;
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_sslErrorText = texts.join(QStringLiteral("; "));
    });
    m_idle.start();
}

bool RegistryRequest::cutShort(const QNetworkReply &reply, int status) const
{
    // Qt 6.4 can end a reply whose connection was reset in the middle of a Content-Length
    // body without an error (seen on a busy machine: a blob reset after 1 MiB of 6 MiB came
    // back as a clean 1 MiB). A 2xx body shorter than its Content-Length is a cut connection,
    // whatever the reply says, and is resumed or retried as one. (Qt drops Content-Length
    // from a reply it decompresses itself, so a compressed body is never taken for short.)
    if (reply.error() != QNetworkReply::NoError || status < 200 || status > 299 ||
        m_spec.method == "HEAD")
        return false;
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    const qint64 received = m_spec.onData ? m_streamedThisTry : m_response.body.size();
    return length.isValid() && received < length.toLongLong();
}

void RegistryRequest::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_abortError || m_paused)
        return;
    m_idle.start();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    if (!m_headSeen) {
        m_headSeen = true;
        if (success && m_spec.onHead) {
            RegistryResponse head;
            head.status = status;
            head.url = reply->url();
            head.headers = reply->rawHeaderPairs();
            const Result<void> accepted = m_spec.onHead(status, head);
            if (!accepted) {
                m_abortError = accepted.error();
                reply->abort();
                return;
            }
        }
    }
    const QByteArray data = reply->readAll();
    if (success && m_spec.onData) {
        m_streamedThisTry += data.size();
        const Result<void> written = m_spec.onData(data);
        if (!written) {
            m_abortError = written.error();
            reply->abort();
        }
        return;
    }
    const qint64 cap = success ? m_spec.maxBody : ErrorBodyCap;
    if (status >= 300 && status < 400)
        return; // a redirect's body is not read
    if (m_response.body.size() + data.size() > cap) {
        m_abortError =
            Error(ErrorKind::Protocol,
                  tr("the registry's answer is larger than %1 bytes; not reading it").arg(cap))
                .withContext(Redaction::url(m_url));
        reply->abort();
        return;
    }
    m_response.body.append(data);
}

bool RegistryRequest::retryLater(const QString &reason,
                                 std::optional<std::chrono::milliseconds> retryAfter)
{
    const int nextTry = m_try + 1;
    const auto wait = m_policy.delay(nextTry, retryAfter);
    if (!m_policy.allowsTry(nextTry, std::chrono::milliseconds(m_sinceProgress.elapsed()), wait))
        return false;
    m_try = nextTry;
    qCInfo(lcRegistry) << "retrying" << Redaction::url(m_url) << "in" << wait.count()
                       << "ms:" << reason;
    Q_EMIT retrying(m_spec.what, m_try, wait.count(), reason);
    // Precise: a coarse timer may fire 5 % early, and Retry-After is a lower bound.
    QTimer::singleShot(wait, Qt::PreciseTimer, this, &RegistryRequest::attempt);
    return true;
}

void RegistryRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_idle.stop();
    reply->deleteLater();
    // What is left in the reply's buffer goes to the consumer now, paused or not: at most the
    // read buffer's size beyond what it asked for.
    m_paused = false;
    if (!m_abortError && !m_cancelled && !m_timedOut && reply->bytesAvailable() > 0)
        onReadyRead(); // anything left in the buffer
    m_reply = nullptr;

    if (m_cancelled) {
        fail(Error(ErrorKind::Cancelled, tr("cancelled")));
        return;
    }
    if (m_abortError) {
        fail(*m_abortError);
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error =
        cutShort(*reply, status) ? QNetworkReply::RemoteHostClosedError : reply->error();

    if ((m_timedOut || isNetworkFault(error)) && status >= 200 && status < 300 && m_spec.complete &&
        m_spec.complete()) {
        qCInfo(lcRegistry) << "connection closed after the whole body of" << Redaction::url(m_url)
                           << "- keeping it";
        m_response.status = status;
        m_response.url = m_url;
        m_response.headers = reply->rawHeaderPairs();
        finish(m_response);
        return;
    }
    if (m_timedOut || isNetworkFault(error)) {
        const RetryPolicy::Fault fault = m_timedOut ? RetryPolicy::Fault::Timeout : classify(error);
        // A TLS handshake answered with plain HTTP: OpenSSL reads the HTTP status line as
        // a record of an unknown version.
        const bool plainHttp =
            error == QNetworkReply::SslHandshakeFailedError && m_sslErrorText.isEmpty() &&
            reply->errorString().contains(QLatin1StringView("wrong version number"));
        const QString reason = m_timedOut ? tr("no data for %1 s").arg(m_idle.interval() / 1000.0)
                               : !m_sslErrorText.isEmpty()
                                   ? untrustedCertificateText(m_sslErrorText)
                               : plainHttp ? plainHttpAnswerText()
                                           : reply->errorString();
        // On the loopback, a refusal means nothing listens: no network weather to wait out.
        const bool nothingListens = error == QNetworkReply::ConnectionRefusedError &&
                                    m_policy.failsFastOnLoopbackRefusal() &&
                                    RegistryEndpoint::isLoopbackHost(m_url.host());
        if (RetryPolicy::isTransient(fault) && !nothingListens && !m_spec.noTransportRetry) {
            // A transfer that made progress resumes at once, and does not use up a try.
            if (m_streamedThisTry > 0 && m_resumes < 50) {
                ++m_resumes;
                m_try = 1;
                m_sinceProgress.start();
                qCInfo(lcRegistry) << "resuming" << Redaction::url(m_url) << "after" << reason;
                Q_EMIT retrying(m_spec.what, 1, 0, reason);
                QTimer::singleShot(0, this, &RegistryRequest::attempt);
                return;
            }
            if (retryLater(reason, std::nullopt))
                return;
        }
        fail(Error(m_timedOut ? ErrorKind::Timeout
                   : fault == RetryPolicy::Fault::ConnectionFailed &&
                           error == QNetworkReply::ConnectionRefusedError
                       ? ErrorKind::Unreachable
                   : fault == RetryPolicy::Fault::Other && error == QNetworkReply::HostNotFoundError
                       ? ErrorKind::Unreachable
                       : ErrorKind::Protocol,
                   reason)
                 .withContext(Redaction::url(m_url)));
        return;
    }

    m_response.status = status;
    m_response.url = m_url;
    m_response.headers = reply->rawHeaderPairs();

    if (status >= 300 && status < 400 && status != 304) {
        const QByteArray location = m_response.header("Location");
        if (location.isEmpty()) {
            fail(Error(ErrorKind::Protocol, tr("redirect without a Location"))
                     .withContext(Redaction::url(m_url)));
            return;
        }
        if (++m_redirects > MaxRedirects) {
            fail(Error(ErrorKind::Protocol, tr("too many redirects"))
                     .withContext(Redaction::url(m_url)));
            return;
        }
        const QUrl next = m_url.resolved(QUrl::fromEncoded(location));
        if (m_url.scheme() == u"https" && next.scheme() != u"https" && !m_insecure) {
            fail(Error(ErrorKind::Protocol,
                       tr("refusing a redirect from https to %1").arg(next.scheme()))
                     .withContext(Redaction::url(m_url)));
            return;
        }
        qCDebug(lcRegistry) << "redirect to" << Redaction::url(next);
        m_url = next;
        attempt();
        return;
    }

    if (status == 401 && m_spec.reauthenticate && m_authRounds < 2 && !m_spec.rawStatus) {
        ++m_authRounds;
        const QByteArray challenge = m_response.header("WWW-Authenticate");
        const QByteArray sent = m_spec.authorization;
        QPointer<RegistryRequest> self(this);
        m_spec.reauthenticate(challenge, sent, [self](const Result<QByteArray> &authorization) {
            if (!self)
                return;
            if (!authorization) {
                self->fail(authorization.error());
                return;
            }
            self->m_spec.authorization = *authorization;
            self->attempt();
        });
        return;
    }

    if (RetryPolicy::isTransient(RetryPolicy::Fault::Status, status)) {
        auto retryAfter = RetryPolicy::parseRetryAfter(m_response.header("Retry-After"),
                                                       QDateTime::currentDateTimeUtc());
        if (!retryAfter && m_spec.retryAfterOf)
            retryAfter = m_spec.retryAfterOf(m_response);
        if (retryAfter && *retryAfter > RetryPolicy::MaxDelay) {
            // Too long to wait silently: say until when, and let the person decide.
            const QDateTime until = QDateTime::currentDateTime().addMSecs(retryAfter->count());
            fail(Error(ErrorKind::Remote, tr("rate limited until %1 (HTTP %2)")
                                              .arg(QLocale().toString(until, QLocale::ShortFormat))
                                              .arg(status))
                     .withContext(Redaction::url(m_url)));
            return;
        }
        if (retryLater(tr("HTTP %1").arg(status), retryAfter))
            return;
    }

    if ((status < 200 || status > 299) && !m_spec.rawStatus &&
        !m_spec.passStatuses.contains(status)) {
        fail(statusError(m_response));
        return;
    }
    finish(m_response);
}

QString RegistryRequest::errorText(const RegistryResponse &response)
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    QStringList parts;
    const QJsonArray errors = document.object().value(u"errors").toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        const QString code = e.value(u"code").toString();
        const QString message = e.value(u"message").toString();
        if (!code.isEmpty() || !message.isEmpty())
            parts.append(code.isEmpty()      ? message
                         : message.isEmpty() ? code
                                             : code + QStringLiteral(": ") + message);
        if (parts.size() >= 3)
            break;
    }
    if (parts.isEmpty())
        return tr("HTTP %1").arg(response.status);
    return tr("HTTP %1, %2").arg(response.status).arg(parts.join(QStringLiteral("; ")).left(500));
}

Error RegistryRequest::statusError(const RegistryResponse &response) const
{
    return Error(kindForStatus(response.status), errorText(response))
        .withContext(Redaction::url(m_url));
}

void RegistryRequest::fail(const Error &error)
{
    finish(error);
}

void RegistryRequest::finish(const Result<RegistryResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_idle.stop();
    if (m_done)
        m_done(this, result);
    deleteLater();
}

} // namespace Berth::Registry
