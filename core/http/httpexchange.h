// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "http/httprequest.h"
#include "http/httpresponsehead.h"
#include "http/httpresponseparser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;

namespace Berth::Http {

// Runs one request over an open QIODevice (QLocalSocket, QTcpSocket, QSslSocket or a
// QProcess) and streams the response back as it arrives: headReceived once, bodyReceived
// for every piece of decoded body, then finished exactly once. An idle timer, restarted
// by every byte in either direction, turns a stalled peer into a Timeout error.
class HttpExchange final : public QObject
{
    Q_OBJECT

public:
    // The exchange does not own the device; the caller closes it after finished().
    HttpExchange(QIODevice *device, HttpRequest request, QObject *parent = nullptr);

    void start();
    // Stops reading and reports Cancelled; the caller then closes the device.
    void cancel();
    // Stops taking the response's bytes (the device's read buffer fills and TCP slows the
    // sender) until resume(); the idle timer does not run meanwhile.
    void pause();
    void resume();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void headReceived(const Berth::Http::HttpResponseHead &head);
    void bodyReceived(const QByteArray &data);
    void finished(const Berth::Result<void> &result);

private:
    void onReadyRead();
    void onInputClosed();
    void onIdleTimeout();
    void drainParser();
    void pumpBody();
    // A body of unknown length, chunk by chunk. The source must give data whenever it is
    // not at its end (a file, a decompressor): an empty read before the end is a failure.
    void pumpChunkedBody(qint64 inFlight, qint64 piece);
    void finish(Result<void> result);

    QPointer<QIODevice> m_device;
    HttpRequest m_request;
    HttpResponseParser m_parser;
    QTimer m_idleTimer;
    qint64 m_bodyRemaining = 0;
    bool m_bodySent = false; // a chunked body's last chunk is written
    bool m_headEmitted = false;
    bool m_finished = false;
    bool m_paused = false;
    bool m_closedWhilePaused = false;
};

} // namespace Berth::Http
