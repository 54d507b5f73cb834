// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineclient.h"

#include "base/logging.h"
#include "engine/apiversion.h"
#include "engine/enginestream.h"

#include <QJsonArray>
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
{}

void EngineClient::buffer(EngineStream *stream, qint64 maxBodyBytes, QObject *context,
                          Callback<Response> done)
{
    QPointer<QObject> guard(context);
    auto response = std::make_shared<Response>();
    const QString endpointUrl = m_endpoint.url();
    connect(stream, &EngineStream::headReceived, stream,
            [response](const Http::HttpResponseHead &head) { response->head = head; });
    connect(stream, &EngineStream::bodyReceived, stream,
            [stream, response, maxBodyBytes, endpointUrl](const QByteArray &data) {
                if (response->body.size() + data.size() > maxBodyBytes) {
                    stream->abort(
                        Error(ErrorKind::Protocol,
                              tr("the engine's answer is larger than %1 bytes").arg(maxBodyBytes))
                            .withContext(endpointUrl));
                    return;
                }
                response->body.append(data);
            });
    connect(stream, &EngineStream::finished, this,
            [guard, done, response, endpointUrl](const Result<void> &result) {
                if (!guard)
                    return;
                if (!result) {
                    done(result.error());
                    return;
                }
                const int status = response->head.status;
                if (status < 200 || status > 299) {
                    done(
                        errorFromResponse(response->head, response->body).withContext(endpointUrl));
                    return;
                }
                done(std::move(*response));
            });
}

void EngineClient::callUnversioned(Http::HttpRequest request, qint64 maxBodyBytes, QObject *context,
                                   Callback<Response> done)
{
    auto *stream = new EngineStream(m_endpoint, this);
    buffer(stream, maxBodyBytes, context, std::move(done));
    stream->start(std::move(request));
}

void EngineClient::call(Http::HttpRequest request, qint64 maxBodyBytes, QObject *context,
                        Callback<Response> done)
{
    auto *stream = openStream(std::move(request));
    buffer(stream, maxBodyBytes, context, std::move(done));
}

EngineStream *EngineClient::openStream(Http::HttpRequest request)
{
    auto *stream = new EngineStream(m_endpoint, this);
    // Always on the next pass of the event loop, whether the version is known or still to
    // be asked: the caller has connected to the stream by then, and sees its end even
    // when it ends (a cancel, an abort) before anything was sent.
    QMetaObject::invokeMethod(
        stream,
        [this, stream, request]() mutable {
            // The /version step of a negotiation may answer after the stream is gone.
            QPointer<EngineStream> guard(stream);
            withVersion(stream, [guard, request](const Result<EngineInfo> &info) mutable {
                if (!guard)
                    return;
                if (!info) {
                    guard->abort(info.error());
                    return;
                }
                request.target = "/v" + info->apiVersion.toLatin1() + request.target;
                guard->start(std::move(request));
            });
        },
        Qt::QueuedConnection);
    return stream;
}

void EngineClient::withVersion(QObject *context,
                               std::function<void(const Result<EngineInfo> &)> then)
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
        info.apiVersion =
            ApiVersion::negotiate(info.daemonApiVersion.isEmpty() ? ApiVersion::oldestSupported()
                                                                  : info.daemonApiVersion);
        if (info.apiVersion.isEmpty()) {
            done(Error(ErrorKind::Remote,
                       tr("the engine speaks API %1, older than the oldest Berth supports (%2)")
                           .arg(info.daemonApiVersion, ApiVersion::oldestSupported()))
                     .withContext(m_endpoint.url()));
            return;
        }
        if (ApiVersion::compare(info.daemonApiVersion, ApiVersion::newestSupported()) <= 0) {
            accept(info, done);
            return;
        }
        // A daemon newer than Berth may refuse Berth's version (Engine 29.0 to 29.2 refuse
        // anything below 1.44): ask for its oldest, and speak that when it is newer.
        Http::HttpRequest version;
        version.target = "/version";
        version.idleTimeout = m_apiIdleTimeout;
        callUnversioned(version, PingBodyCap * 4, this,
                        [this, info, done](const Result<Response> &answer) mutable {
                            if (answer) {
                                const QString minimum =
                                    QJsonDocument::fromJson(answer->body)
                                        .object()
                                        .value(QLatin1StringView("MinAPIVersion"))
                                        .toString();
                                if (ApiVersion::compare(minimum, info.apiVersion) > 0 &&
                                    ApiVersion::compare(minimum, info.daemonApiVersion) <= 0)
                                    info.apiVersion = minimum;
                            }
                            accept(info, done);
                        });
    });
}

void EngineClient::accept(const EngineInfo &info, const Callback<EngineInfo> &done)
{
    qCDebug(lcEngine) << "engine" << m_endpoint.url() << info.server << "API" << info.apiVersion;
    m_info = info;
    done(info);
}

void EngineClient::listImages(const ListImagesOptions &options, QObject *context,
                              Callback<QList<ImageSummary>> done)
{
    QUrlQuery query;
    if (options.all)
        query.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    if (options.digests)
        query.addQueryItem(QStringLiteral("digests"), QStringLiteral("1"));
    QMap<QString, QStringList> filters = options.filters;
    if (options.danglingOnly)
        filters[QStringLiteral("dangling")] = {QStringLiteral("true")};
    if (!filters.isEmpty()) {
        QJsonObject object;
        for (auto it = filters.cbegin(); it != filters.cend(); ++it)
            object.insert(it.key(), QJsonArray::fromStringList(it.value()));
        query.addQueryItem(QStringLiteral("filters"),
                           QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
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

Error EngineClient::errorFromResponse(const Http::HttpResponseHead &head, const QByteArray &body)
{
    // The daemon answers errors as {"message": "..."}; anything else is shown as text.
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        message = doc.object().value(QLatin1StringView("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(500)).trimmed();
    if (message.isEmpty())
        message = QString::fromLatin1(head.reason);
    const QString text = tr("the engine answered %1: %2").arg(head.status).arg(message);
    switch (head.status) {
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
