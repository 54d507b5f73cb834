// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/engineevent.h"
#include "engine/engineeventparser.h"
#include "http/httpresponsehead.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Berth::Engine {

class EngineClient;
class EngineStream;

// Follows the engine's GET /events stream, so views stay current without polling. The
// stream has no idle timeout (an engine with nothing to say sends nothing). When it ends
// or fails (the daemon restarted, the socket went away), the watcher says so and connects
// again by itself, waiting longer after each failed attempt (0.2 s doubling to 5 s by
// default; back to the start once a connection has lasted). It asks for the events since
// the last one it saw, so none that the engine still holds is lost in between; a receiver
// may see an event twice, never miss one the engine kept. A daemon that restarted has
// forgotten its past events: re-read what you show after each connected().
class EngineEventWatcher final : public QObject
{
    Q_OBJECT

public:
    // The client must outlive the watcher.
    explicit EngineEventWatcher(EngineClient *client, QObject *parent = nullptr);
    ~EngineEventWatcher() override;

    // Event types to follow ("image", "container", ...); "image" unless set. Applies from
    // the next connection.
    void setTypes(const QStringList &types) { m_types = types; }
    // The wait before the first retry, doubled after every failed attempt up to ceiling.
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds ceiling);

    // Connects. After a stop(), carries on after the last event seen before it.
    void start();
    // Closes the stream and stops retrying; no signal follows.
    void stop();
    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    // The engine accepted the stream; events flow from now on.
    void connected();
    // The stream ended or an attempt to open it failed; the next attempt follows after
    // the backoff.
    void disconnected(const Berth::Error &error);
    void eventReceived(const Berth::Engine::EngineEvent &event);

private:
    void connectNow();
    void onHead(const Http::HttpResponseHead &head);
    void onBody(const QByteArray &data);
    void onFinished(const Result<void> &result);
    bool deliver(const QList<EngineEvent> &events);
    QByteArray target() const;

    EngineClient *m_client;
    QStringList m_types;
    QPointer<EngineStream> m_stream;
    std::optional<EngineEventParser> m_parser; // one per connection
    Http::HttpResponseHead m_head;
    QByteArray m_errorBody;
    QTimer m_retryTimer;
    QElapsedTimer m_connectedSince;
    std::chrono::milliseconds m_firstDelay;
    std::chrono::milliseconds m_maxDelay;
    std::chrono::milliseconds m_delay;
    qint64 m_resumeNano = 0; // the next connection asks for events from here on; 0: none
    bool m_running = false;
    bool m_connected = false;
};

} // namespace Berth::Engine
