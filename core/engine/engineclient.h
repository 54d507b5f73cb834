// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/engineendpoint.h"
#include "engine/imagesummary.h"
#include "http/httprequest.h"
#include "http/httpresponsehead.h"

#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Berth::Engine {

class EngineStream;

// What /_ping says about the daemon.
struct EngineInfo
{
    QString apiVersion;       // the version Berth uses with it, after negotiation
    QString daemonApiVersion; // the daemon's newest
    QString server;           // Server header, e.g. "Docker/20.10.24 (linux)"
    QString osType;
    bool podman = false; // Podman's compat API sends Libpod-Api-Version
};

struct ListImagesOptions
{
    bool all = false; // intermediate images too
    bool digests = false;
    bool danglingOnly = false;
    // The API's filters, as `docker images --filter` sends them: "reference", "label",
    // "before", "since", "dangling" -> their values.
    QMap<QString, QStringList> filters;
};

// Client of the Docker Engine API over core/http. Asynchronous: every call returns at
// once and delivers its Result to the callback on the client's thread, unless `context`
// was destroyed first (late results of a closed window are dropped). The API version is
// negotiated with /_ping on first use.
class EngineClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    struct Response
    {
        Http::HttpResponseHead head;
        QByteArray body;
    };

    explicit EngineClient(EngineEndpoint endpoint, QObject *parent = nullptr);

    const EngineEndpoint &endpoint() const { return m_endpoint; }
    const EngineInfo &info() const { return m_info; }
    // How long an API call may go without a byte before it fails (default 30 s).
    void setApiIdleTimeout(std::chrono::milliseconds timeout) { m_apiIdleTimeout = timeout; }

    void ping(QObject *context, Callback<EngineInfo> done);
    void listImages(const ListImagesOptions &options, QObject *context,
                    Callback<QList<ImageSummary>> done);

    // Sends one request to the versioned API (the path starts with '/', e.g. "/images/json")
    // and buffers the response body up to maxBodyBytes. A non-2xx status becomes an Error
    // carrying the daemon's message.
    void call(Http::HttpRequest request, qint64 maxBodyBytes, QObject *context,
              Callback<Response> done);

    // Without version negotiation: for /_ping and /version.
    void callUnversioned(Http::HttpRequest request, qint64 maxBodyBytes, QObject *context,
                         Callback<Response> done);

    // Opens a streamed request to the versioned API; the caller connects to the stream's
    // signals at once (nothing is received before the event loop runs) and may cancel it.
    // The stream deletes itself after finished().
    EngineStream *openStream(Http::HttpRequest request);

    // The daemon's {"message": ...} answer to a failed call, as an Error of the right kind.
    static Error errorFromResponse(const Http::HttpResponseHead &head, const QByteArray &body);

private:
    void accept(const EngineInfo &info, const Callback<EngineInfo> &done);
    void withVersion(QObject *context, std::function<void(const Result<EngineInfo> &)> then);
    void buffer(EngineStream *stream, qint64 maxBodyBytes, QObject *context,
                Callback<Response> done);

    EngineEndpoint m_endpoint;
    EngineInfo m_info;
    std::chrono::milliseconds m_apiIdleTimeout;
};

} // namespace Berth::Engine
