// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "http/httpresponsehead.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace Berth::Http {

// Incremental HTTP/1.1 response decoder: feed it bytes as they arrive, split anywhere,
// and take the decoded body as it becomes available. Knows Content-Length, chunked
// (extensions and trailers are accepted and ignored) and close-delimited bodies, skips
// interim 1xx responses, and caps the header block so a hostile peer cannot grow memory.
// Pure code, no I/O: the fuzz target and the data-driven tests drive it directly.
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Http::HttpResponseParser)

public:
    static constexpr qsizetype DefaultMaxHeaderBytes = 64 * 1024;

    explicit HttpResponseParser(qsizetype maxHeaderBytes = DefaultMaxHeaderBytes);

    // A response to HEAD has headers only, whatever Content-Length says.
    void setExpectNoBody(bool noBody) { m_expectNoBody = noBody; }

    // Consumes all of data. After an error, further input is ignored.
    void feed(QByteArrayView data);
    // The peer closed the connection: completes a close-delimited body, or fails
    // when the response was cut short.
    void finishInput();

    bool hasHead() const { return m_head.has_value(); }
    const HttpResponseHead &head() const { return *m_head; }
    // Body bytes decoded since the last call.
    QByteArray takeBody();
    bool isComplete() const { return m_state == State::Done; }
    bool hasError() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    // Bytes received after the end of the response (a pipelined reply, or junk).
    qsizetype trailingBytes() const { return m_trailingBytes; }

private:
    enum class State {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        UntilClose,
        Done,
        Failed
    };

    void fail(const QString &message);
    bool parseHead(QByteArrayView block);
    void startBody();
    // Each step consumes from data and returns how many bytes it used.
    qsizetype stepHead(QByteArrayView data);
    qsizetype stepFixedBody(QByteArrayView data);
    qsizetype stepLine(QByteArrayView data);
    void lineComplete(QByteArrayView line);
    qsizetype stepChunkData(QByteArrayView data);

    qsizetype m_maxHeaderBytes;
    bool m_expectNoBody = false;
    State m_state = State::Head;
    QByteArray m_buffer; // head or line being assembled
    qsizetype m_trailerBytes = 0;
    qint64 m_remaining = 0; // of the fixed body or the current chunk
    qsizetype m_trailingBytes = 0;
    QByteArray m_body;
    std::optional<HttpResponseHead> m_head;
    std::optional<Error> m_error;
};

} // namespace Berth::Http
