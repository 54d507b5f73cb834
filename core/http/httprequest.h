// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <chrono>

class QIODevice;

namespace Berth::Http {

// One HTTP/1.1 request. The body is small and in memory (API calls); streamed uploads
// come with the operations that need them.
struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target = "/"; // origin-form: path and query, already percent-encoded
    QByteArray host = "localhost";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A body streamed from a device (an image tarball for /images/load), read in pieces as
    // the socket drains, so memory stays flat whatever its size. Not owned. A negative
    // length (a tar decompressed on the way, whose size is known only at its end) sends the
    // body chunked, until the device is atEnd().
    QIODevice *bodySource = nullptr;
    qint64 bodySourceLength = -1;
    // How much of a streamed body may wait in the socket's buffer: enough to keep it busy.
    // A relay of several streams at once chooses less, to keep its memory flat.
    qint64 bodyInFlight = 1024 * 1024;
    // No byte in either direction for this long aborts the exchange; zero waits forever
    // (the events stream). Chosen per request: short for API calls, long for pulls.
    std::chrono::milliseconds idleTimeout{30000};

    // The bytes to send: request line, Host, Content-Length when there is a body (or
    // Transfer-Encoding: chunked for a streamed body of unknown length),
    // Connection: close (one request per connection keeps framing simple and lets a
    // cancel close exactly one stream), the extra headers, then the body.
    QByteArray serialize() const;
};

} // namespace Berth::Http
