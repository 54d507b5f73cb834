// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineclient.h"

#include "base/logging.h"
#include "engine/apiversion.h"
#include "engine/engineconnection.h"
#include "http/httpexchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Berth::Engine {

namespace {

// API calls answer quickly; a daemon that sends nothing for this long is stuck.
constexpr std::chrono::seconds ApiIdleTimeout{30};
constexpr qint64 PingBodyCap = 4 * 1024;
// 2,000 tags make about 1 MiB of /images/json; leave room for far larger engines.
constexpr qint64 ImageListBodyCap = 256 * 1024 * 1024;

} // namespace

EngineClient::EngineClient(EngineEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_apiIdleTimeout(ApiIdleTimeout)
{
}

void EngineClient::callUnversioned(Http::HttpRequest request, qint64 maxBodyBytes, QObject *context,
                                   Callback<Response> done)
{
    QPointer<QObject> guard(context);
    auto deliver = [guard, done](const Result<Response> &result) {
        if (guard)
            done(result);
    };

    // The connection owns the exchange; both go away once the response is delivered.
    auto *connection = new EngineConnection(m_endpoint, this);
    // Connecting is bounded by the request's own patience, and by 15 s at most.
    const std::chrono::milliseconds connectTimeout = request.idleTimeout.count() > 0
                                                         ? qMin<std::chrono::milliseconds>(request.idleTimeout, std::chrono::seconds(15))
                                                         : std::chrono::seconds(15);
    auto response = std::make_shared<Response>();
    const QString endpointUrl = m_endpoint.url();
    request.host = "api.moby.localhost"; // any Host works on a socket; the Go client sends this
    connect(connection, &EngineConnection::failed, this, [connection, deliver](const Error &error) {
        connection->deleteLater();
        deliver(error);
    });
    connect(connection, &EngineConnection::opened, this,
            [connection, request, response, maxBodyBytes, deliver, endpointUrl] {
        auto *exchange = new Http::HttpExchange(connection->device(), request, connection);
        QObject::connect(exchange, &Http::HttpExchange::headReceived, connection,
                         [response](const Http::HttpResponseHead &head) { response->head = head; });
        QObject::connect(exchange, &Http::HttpExchange::bodyReceived, connection,
                         [exchange, response, maxBodyBytes, endpointUrl, deliver, connection](const QByteArray &data) {
            if (response->body.size() + data.size() > maxBodyBytes) {
                exchange->disconnect(connection);
                exchange->cancel();
                connection->close();
                connection->deleteLater();
                deliver(Error(ErrorKind::Protocol,
                              tr("the engine's answer is larger than %1 bytes").arg(maxBodyBytes))
                            .withContext(endpointUrl));
                return;
            }
            response->body.append(data);
        });
        QObject::connect(exchange, &Http::HttpExchange::finished, connection,
                         [connection, response, deliver, endpointUrl](const Result<void> &result) {
            connection->close();
            connection->deleteLater();
            if (!result) {
                deliver(result.error().withContext(endpointUrl));
                return;
            }
            const int status = response->head.status;
            if (status < 200 || status > 299) {
                deliver(errorFromResponse(*response).withContext(endpointUrl));
                return;
            }
            deliver(std::move(*response));
        });
        exchange->start();
    });
    connection->open(connectTimeout);
}

void EngineClient::call(Http::HttpRequest request, qint64 maxBodyBytes, QObject *context, Callback<Response> done)
{
    withVersion(context, [this, request, maxBodyBytes, context, done](const Result<EngineInfo> &info) mutable {
        if (!info) {
            done(info.error());
            return;
        }
        request.target = "/v" + info->apiVersion.toLatin1() + request.target;
        callUnversioned(std::move(request), maxBodyBytes, context, done);
    });
}

void EngineClient::withVersion(QObject *context, std::function<void(const Result<EngineInfo> &)> then)
{
    if (!m_info.apiVersion.isEmpty()) {
        then(m_info);
        return;
    }
    ping(context, then);
}

void EngineClient::ping(QObject *context, Callback<EngineInfo> done)
{
    Http::HttpRequest request;
    request.target = "/_ping";
    request.idleTimeout = m_apiIdleTimeout;
    callUnversioned(request, PingBodyCap, context, [this, done](const Result<Response> &result) {
        if (!result) {
            done(result.error());
            return;
        }
        const auto &head = result->head;
        EngineInfo info;
        info.daemonApiVersion = QString::fromLatin1(head.header("Api-Version"));
        info.server = QString::fromLatin1(head.header("Server"));
        info.osType = QString::fromLatin1(head.header("Ostype"));
        info.podman = head.hasHeader("Libpod-Api-Version");
        // A daemon that does not say its version is older than API 1.25 at most.
        info.apiVersion = ApiVersion::negotiate(info.daemonApiVersion.isEmpty() ? ApiVersion::oldestSupported()
                                                                                : info.daemonApiVersion);
        if (info.apiVersion.isEmpty()) {
            done(Error(ErrorKind::Remote, tr("the engine speaks API %1, older than the oldest Berth supports (%2)")
                                              .arg(info.daemonApiVersion, ApiVersion::oldestSupported()))
                     .withContext(m_endpoint.url()));
            return;
        }
        qCDebug(lcEngine) << "engine" << m_endpoint.url() << info.server << "API" << info.apiVersion;
        m_info = info;
        done(info);
    });
}

void EngineClient::listImages(const ListImagesOptions &options, QObject *context, Callback<QList<ImageSummary>> done)
{
    QUrlQuery query;
    if (options.all)
        query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    if (options.digests)
        query.addQueryItem(QStringLiteral("digests"), QStringLiteral("1"));
    if (options.danglingOnly)
        query.addQueryItem(QStringLiteral("filters"), QStringLiteral("{\"dangling\":[\"true\"]}"));
    Http::HttpRequest request;
    request.target = "/images/json";
    if (!query.isEmpty())
        request.target += '?' + query.toString(QUrl::FullyEncoded).toLatin1();
    request.idleTimeout = m_apiIdleTimeout;
    const QString endpointUrl = m_endpoint.url();
    call(request, ImageListBodyCap, context, [done, endpointUrl](const Result<Response> &result) {
        if (!result) {
            done(result.error());
            return;
        }
        auto images = ImageSummaryParser::parse(result->body);
        if (!images) {
            done(images.error().withContext(endpointUrl));
            return;
        }
        done(images);
    });
}

Error EngineClient::errorFromResponse(const Response &response)
{
    // The daemon answers errors as {"message": "..."}; anything else is shown as text.
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isObject())
        message = doc.object().value(QLatin1StringView("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(response.body.left(500)).trimmed();
    if (message.isEmpty())
        message = QString::fromLatin1(response.head.reason);
    const QString text = tr("the engine answered %1: %2").arg(response.head.status).arg(message);
    switch (response.head.status) {
    case 401:
    case 403:
        return Error(ErrorKind::PermissionDenied, text);
    case 404:
        return Error(ErrorKind::NotFound, text);
    case 409:
        return Error(ErrorKind::Conflict, text);
    case 400:
        return Error(ErrorKind::Invalid, text);
    default:
        return Error(ErrorKind::Remote, text);
    }
}

} // namespace Berth::Engine
