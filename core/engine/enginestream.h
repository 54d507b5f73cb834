// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/engineendpoint.h"
#include "http/httprequest.h"
#include "http/httpresponsehead.h"

#include <QObject>

namespace Berth::Http {
class HttpExchange;
}

namespace Berth::Engine {

class EngineConnection;

// One request to the engine on a connection of its own, its response streamed: pulls,
// pushes, loads and saves, and (buffered) every API call. cancel() closes the socket at
// once, which is how the daemon learns to stop the transfer; finished() then reports
// Cancelled. Deletes itself after finished().
class EngineStream final : public QObject
{
    Q_OBJECT

public:
    EngineStream(const EngineEndpoint &endpoint, QObject *parent = nullptr);

    // Sends the request; may be called later than construction (after version negotiation).
    void start(Http::HttpRequest request);
    // Ends the stream with the error and goes; before the start, on the next pass of the
    // event loop, so that a caller connecting after this call still gets finished().
    void abort(const Error &error);
    void cancel();
    // Stops reading the body until resume(), so that a slow consumer (a worker listing the
    // layers of a saved image) holds the daemon back instead of buffering what it sends.
    void pause();
    void resume();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void headReceived(const Berth::Http::HttpResponseHead &head);
    void bodyReceived(const QByteArray &data);
    // The transport's verdict; the HTTP status is the receiver's to judge.
    void finished(const Berth::Result<void> &result);

private:
    void finish(const Result<void> &result);
    // The transport's failure, with a hint where TLS explains it.
    Error explained(const Error &error) const;

    EngineEndpoint m_endpoint;
    bool m_headSeen = false;
    EngineConnection *m_connection = nullptr;
    Http::HttpExchange *m_exchange = nullptr;
    bool m_cancelled = false;
    bool m_paused = false;
    bool m_finished = false;
};

} // namespace Berth::Engine
