// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "registry/requesthandle.h"
#include "registry/retrypolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Berth::Registry {

class RegistryRequest;

// A registry's answer, its body buffered (up to the request's cap) or streamed away.
struct RegistryResponse
{
    int status = 0;
    QUrl url; // after redirects
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// What one logical request is: the method, URL and headers, and the hooks a caller needs.
struct RequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray postBody; // POST (a form unless `headers` give a Content-Type) and PUT (a manifest:
                         // its type in uploadType)
    QByteArray authorization; // sent only to authHost
    QString authHost;         // host:port the Authorization belongs to
    qint64 maxBody = 4 * 1024 * 1024;
    // Deliver any final status as a response (the ping, token requests) instead of an Error.
    bool rawStatus = false;
    // Statuses the caller judges itself (delivered as a response, not an Error), while a
    // 401 still re-authenticates: an upload's 404 or 416 means "start a new session".
    QList<int> passStatuses;
    // 401: asks for a fresh Authorization (the header value) given the challenge and what
    // was sent; unset means a 401 fails the request.
    std::function<void(const QByteArray &challenge, const QByteArray &sent,
                       std::function<void(const Result<QByteArray> &)> then)>
        reauthenticate;
    // Streaming: called for each try's 2xx head (may refuse it) and then with its data.
    std::function<void(QNetworkRequest &)> prepare;
    std::function<Result<void>(int status, const RegistryResponse &head)> onHead;
    std::function<Result<void>(const QByteArray &data)> onData;
    // Streaming: whether everything expected has arrived, so a connection that breaks
    // afterwards (a Content-Length that promised more) costs nothing.
    std::function<bool()> complete;
    // Uploads: a fresh body for each try (a stream can be sent only once), sent unbuffered
    // with a known Content-Length, so memory stays within socket buffers whatever its size.
    // Null (from the factory) fails the try with the factory's error instead.
    std::function<Result<QIODevice *>()> uploadBody;
    qint64 uploadSize = -1;
    QByteArray uploadType = QByteArrayLiteral("application/octet-stream");
    // A transport fault fails the request at once instead of retrying it: an upload session
    // that broke mid-body is gone, and its caller starts a new one.
    bool noTransportRetry = false;
    // How long a 429 or 503 asks to wait when its Retry-After says nothing (Docker Hub's API
    // sends Unix times in X-Retry-After / X-RateLimit-Reset); unset: Retry-After only.
    std::function<std::optional<std::chrono::milliseconds>(const RegistryResponse &)> retryAfterOf;
    // Called with each try's request as it starts (to pause or cancel it from outside).
    std::function<void(RequestHandle *)> onRequest;
    QString what; // for messages: "manifest of foo:1.0"
};

// One logical request with Berth's transport rules: redirects by hand (no Authorization
// to another host), an idle timer that aborts a stalled transfer, retries of transient
// faults per RetryPolicy, a cap on buffered bodies, and one re-authentication on a 401.
// Deletes itself after finished.
class RegistryRequest final : public RequestHandle
{
    Q_OBJECT

public:
    using Done = std::function<void(RegistryRequest *, const Result<RegistryResponse> &)>;
    static constexpr qint64 ErrorBodyCap = 1024 * 1024;
    static constexpr int MaxRedirects = 10;

    RegistryRequest(QNetworkAccessManager *nam, const QSslConfiguration &ssl, bool insecure,
                    int idleTimeoutMs, const RetryPolicy &policy, RequestSpec spec, Done done,
                    QObject *parent);

    void start();
    void cancel() override;
    void pause() override;
    void resume() override;
    // The last try failed TLS verification (not the protocol): no http fallback then.
    bool certificateRejected() const { return m_certificateRejected; }
    static QString hostPort(const QUrl &url);
    // The registry's {"errors":[...]} as one line, or the status line.
    static QString errorText(const RegistryResponse &response);
    // The reason given when an https request was answered in plain HTTP.
    static QString plainHttpAnswerText();
    // A failure's reason when the registry's certificate is not trusted (empty detail: the
    // text every such reason starts with).
    static QString untrustedCertificateText(const QString &detail);

Q_SIGNALS:
    void retrying(const QString &what, int nextTry, qint64 delayMs, const QString &reason);

private:
    void attempt();
    void onReadyRead();
    void onFinished();
    bool cutShort(const QNetworkReply &reply, int status) const;
    void fail(const Error &error);
    void finish(const Result<RegistryResponse> &result);
    bool retryLater(const QString &reason, std::optional<std::chrono::milliseconds> retryAfter);
    Error statusError(const RegistryResponse &response) const;

    QNetworkAccessManager *m_nam;
    QSslConfiguration m_ssl;
    bool m_insecure;
    RetryPolicy m_policy;
    RequestSpec m_spec;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idle;
    QElapsedTimer m_sinceProgress; // since the first try, or the last that moved bytes
    QUrl m_url;
    RegistryResponse m_response;
    int m_try = 1;
    int m_redirects = 0;
    int m_authRounds = 0;
    int m_resumes = 0;
    qint64 m_streamedThisTry = 0;
    bool m_headSeen = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_certificateRejected = false;
    bool m_paused = false;
    std::optional<Error> m_abortError;
    QString m_sslErrorText;
};

} // namespace Berth::Registry
