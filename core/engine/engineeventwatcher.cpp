// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineeventwatcher.h"

#include "base/logging.h"
#include "engine/engineclient.h"
#include "engine/enginestream.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Berth::Engine {

namespace {

using namespace std::chrono_literals;

constexpr qint64 NanosPerSecond = 1000 * 1000 * 1000;
// A connection that lasted this long was a good one: the next failure retries quickly.
constexpr std::chrono::milliseconds StableConnection = 2s;
// What a refused stream's error body may hold ({"message": ...}).
constexpr qsizetype ErrorBodyCap = 64 * 1024;

// "seconds.nanoseconds", the form the engine's since parameter reads to the nanosecond.
QByteArray timestamp(qint64 nanos)
{
    return QByteArray::number(nanos / NanosPerSecond) + '.' +
           QByteArray::number(nanos % NanosPerSecond).rightJustified(9, '0');
}

} // namespace

EngineEventWatcher::EngineEventWatcher(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_types{QStringLiteral("image")}
    , m_retryTimer(this) // a child, so that it moves with the watcher to another thread
    , m_firstDelay(200ms)
    , m_maxDelay(5s)
    , m_delay(m_firstDelay)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EngineEventWatcher::connectNow);
}

EngineEventWatcher::~EngineEventWatcher()
{
    stop();
}

void EngineEventWatcher::setBackoff(std::chrono::milliseconds first,
                                    std::chrono::milliseconds ceiling)
{
    m_firstDelay = first;
    m_maxDelay = qMax(first, ceiling);
    m_delay = first;
}

void EngineEventWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_delay = m_firstDelay;
    connectNow();
}

void EngineEventWatcher::stop()
{
    m_running = false;
    m_connected = false;
    m_retryTimer.stop();
    if (EngineStream *stream = m_stream) {
        m_stream = nullptr;
        stream->disconnect(this);
        stream->cancel();
    }
}

QByteArray EngineEventWatcher::target() const
{
    QJsonObject filters;
    filters.insert(QStringLiteral("type"), QJsonArray::fromStringList(m_types));
    QByteArray target =
        "/events?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(
                                 QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    if (m_resumeNano > 0)
        target += "&since=" + timestamp(m_resumeNano);
    return target;
}

void EngineEventWatcher::connectNow()
{
    if (!m_running || m_stream)
        return;
    Http::HttpRequest request;
    request.target = target();
    request.idleTimeout = 0ms; // an engine with nothing to report stays silent for hours
    m_head = {};
    m_errorBody.clear();
    m_parser.emplace();
    m_stream = m_client->openStream(request);
    connect(m_stream, &EngineStream::headReceived, this, &EngineEventWatcher::onHead);
    connect(m_stream, &EngineStream::bodyReceived, this, &EngineEventWatcher::onBody);
    connect(m_stream, &EngineStream::finished, this, &EngineEventWatcher::onFinished);
}

void EngineEventWatcher::onHead(const Http::HttpResponseHead &head)
{
    m_head = head;
    if (head.status < 200 || head.status > 299)
        return;
    // Until an event comes, the resume point is when this connection began, by the
    // engine's clock (whole seconds: an event of that second may come again, none is lost).
    if (m_resumeNano == 0) {
        const QDateTime date =
            QDateTime::fromString(QString::fromLatin1(head.header("Date")), Qt::RFC2822Date);
        if (date.isValid())
            m_resumeNano = date.toSecsSinceEpoch() * NanosPerSecond;
    }
    m_connected = true;
    m_connectedSince.start();
    qCDebug(lcEngine) << "following the events of" << m_client->endpoint().url();
    Q_EMIT connected();
}

void EngineEventWatcher::onBody(const QByteArray &data)
{
    if (!m_connected) {
        if (m_errorBody.size() < ErrorBodyCap)
            m_errorBody.append(data.left(ErrorBodyCap - m_errorBody.size()));
        return;
    }
    if (!deliver(m_parser->feed(data)))
        return;
    if (m_parser->hasError() && m_stream)
        m_stream->abort(m_parser->error().withContext(m_client->endpoint().url()));
}

// Emits the events in order; false when a receiver stopped the watcher meanwhile.
bool EngineEventWatcher::deliver(const QList<EngineEvent> &events)
{
    for (const EngineEvent &event : events) {
        // Asking from one nanosecond after the last event skips it on the next connection.
        m_resumeNano = qMax(m_resumeNano, event.timeNano + 1);
        Q_EMIT eventReceived(event);
        if (!m_running)
            return false;
    }
    return true;
}

void EngineEventWatcher::onFinished(const Result<void> &result)
{
    m_stream = nullptr;
    const bool wasConnected = std::exchange(m_connected, false);
    if (!m_running)
        return;
    const QString url = m_client->endpoint().url();
    std::optional<Error> error;
    if (!result)
        error = result.error();
    else if (!wasConnected)
        error = EngineClient::errorFromResponse(m_head, m_errorBody).withContext(url);
    else if (deliver(m_parser->finish()) && m_parser->hasError())
        error = m_parser->error().withContext(url);
    if (!m_running)
        return;
    if (!error)
        error = Error(ErrorKind::Unreachable, tr("the engine closed its event stream"))
                    .withContext(url);
    if (wasConnected && m_connectedSince.elapsed() >= StableConnection.count())
        m_delay = m_firstDelay;
    qCDebug(lcEngine) << "event stream ended:" << error->message() << "; again in"
                      << m_delay.count() << "ms";
    m_retryTimer.start(m_delay);
    m_delay = qMin(m_delay * 2, m_maxDelay);
    Q_EMIT disconnected(*error);
}

} // namespace Berth::Engine
