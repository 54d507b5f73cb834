// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponseparser.h"

#include <limits>

namespace Berth::Http {

namespace {

// A chunk-size line is hex digits plus optional extensions; 4 KiB is far more than any
// real peer sends and keeps a line without a newline from growing memory.
constexpr qsizetype MaxChunkLineBytes = 4096;
// 2^60: no body is that large, and the sum below cannot overflow qint64.
constexpr qint64 MaxBodyLength = qint64(1) << 60;

QByteArrayView trimmed(QByteArrayView view)
{
    while (!view.isEmpty() && (view.front() == ' ' || view.front() == '\t'))
        view = view.sliced(1);
    while (!view.isEmpty() && (view.back() == ' ' || view.back() == '\t' || view.back() == '\r'))
        view.chop(1);
    return view;
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || c == ':' || c == '(' || c == ')' || c == ',' || c == '/' ||
            c == '"' || c == '@' || c == '[' || c == ']' || c == '{' || c == '}')
            return false;
    }
    return true;
}

// Parses a non-negative decimal without sign or spaces; nullopt when it is anything else.
std::optional<qint64> parseLength(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<qint64> parseChunkSize(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

HttpResponseParser::HttpResponseParser(qsizetype maxHeaderBytes)
    : m_maxHeaderBytes(maxHeaderBytes)
{}

void HttpResponseParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_buffer.clear();
    m_error = Error(ErrorKind::Protocol, message);
}

QByteArray HttpResponseParser::takeBody()
{
    return std::exchange(m_body, QByteArray());
}

void HttpResponseParser::feed(QByteArrayView data)
{
    while (!data.isEmpty()) {
        qsizetype used = 0;
        switch (m_state) {
        case State::Head:
            used = stepHead(data);
            break;
        case State::FixedBody:
            used = stepFixedBody(data);
            break;
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailers:
            used = stepLine(data);
            break;
        case State::ChunkData:
            used = stepChunkData(data);
            break;
        case State::UntilClose:
            m_body.append(data);
            used = data.size();
            break;
        case State::Done:
            m_trailingBytes += data.size();
            return;
        case State::Failed:
            return;
        }
        data = data.sliced(used);
    }
}

void HttpResponseParser::finishInput()
{
    switch (m_state) {
    case State::Done:
    case State::Failed:
        return;
    case State::UntilClose:
        m_state = State::Done;
        return;
    case State::Head:
        fail(m_buffer.isEmpty()
                 ? tr("the connection closed before a response arrived")
                 : tr("the connection closed in the middle of the response headers"));
        return;
    case State::FixedBody:
        fail(tr("the connection closed %n byte(s) before the end of the body", nullptr,
                int(qMin<qint64>(m_remaining, std::numeric_limits<int>::max()))));
        return;
    default:
        fail(tr("the connection closed in the middle of a chunked body"));
        return;
    }
}

qsizetype HttpResponseParser::stepHead(QByteArrayView data)
{
    // Search only the new bytes (and the three before them) for the blank line.
    const qsizetype searchFrom = qMax<qsizetype>(0, m_buffer.size() - 3);
    const qsizetype room = m_maxHeaderBytes - m_buffer.size();
    const QByteArrayView take = data.first(qMin(data.size(), qMax<qsizetype>(room, 0)));
    m_buffer.append(take);

    qsizetype end = -1;
    qsizetype terminator = 0;
    for (qsizetype i = searchFrom; i < m_buffer.size(); ++i) {
        if (m_buffer.at(i) != '\n')
            continue;
        if (i >= 1 && m_buffer.at(i - 1) == '\n') {
            end = i + 1;
            terminator = 2;
            break;
        }
        if (i >= 2 && m_buffer.at(i - 1) == '\r' && m_buffer.at(i - 2) == '\n') {
            end = i + 1;
            terminator = 3;
            break;
        }
    }
    if (end < 0) {
        if (m_buffer.size() >= m_maxHeaderBytes) {
            fail(tr("the response headers are larger than %n byte(s)", nullptr,
                    int(m_maxHeaderBytes)));
            return data.size();
        }
        return take.size();
    }

    // Bytes of this feed that belong to the body or later input.
    const qsizetype unused = m_buffer.size() - end;
    const QByteArray block = m_buffer.left(end - terminator);
    m_buffer.clear();
    if (!parseHead(block))
        return data.size();

    const int status = m_head->status;
    if (status >= 100 && status < 200 && status != 101) {
        // Interim response (100 Continue, 103 Early Hints): the real one follows.
        m_head.reset();
        m_state = State::Head;
    } else {
        startBody();
    }
    return take.size() - unused;
}

bool HttpResponseParser::parseHead(QByteArrayView block)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= block.size(); ++i) {
        if (i == block.size() || block.at(i) == '\n') {
            QByteArrayView line = block.sliced(start, i - start);
            if (line.endsWith('\r'))
                line.chop(1);
            lines.append(line);
            start = i + 1;
        }
    }

    // Status line: HTTP/1.x SP 3DIGIT [SP reason]
    const QByteArrayView statusLine = lines.value(0);
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ') {
        fail(tr("the peer did not answer with an HTTP/1.x status line"));
        return false;
    }
    int status = 0;
    for (qsizetype i = 9; i < 12; ++i) {
        const char c = statusLine.at(i);
        if (c < '0' || c > '9') {
            fail(tr("the HTTP status code is not a number"));
            return false;
        }
        status = status * 10 + (c - '0');
    }
    if (status < 100 || (statusLine.size() > 12 && statusLine.at(12) != ' ')) {
        fail(tr("the HTTP status line is malformed"));
        return false;
    }

    HttpResponseHead head;
    head.status = status;
    head.reason = trimmed(statusLine.sliced(12)).toByteArray();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            // Also rejects obsolete line folding, which RFC 9112 lets a client refuse.
            fail(tr("malformed response header line %1").arg(i));
            return false;
        }
        head.headers.append(
            {line.first(colon).toByteArray(), trimmed(line.sliced(colon + 1)).toByteArray()});
    }
    m_head = std::move(head);
    return true;
}

void HttpResponseParser::startBody()
{
    const HttpResponseHead &head = *m_head;
    if (m_expectNoBody || head.status == 204 || head.status == 304) {
        m_state = State::Done;
        return;
    }

    const QByteArray transferEncoding = head.header("Transfer-Encoding").trimmed().toLower();
    if (!transferEncoding.isEmpty()) {
        // Only "chunked" as the final coding frames a body (RFC 9112 6.3); anything
        // else means the body runs until the connection closes.
        if (transferEncoding == "chunked" || transferEncoding.endsWith(", chunked") ||
            transferEncoding.endsWith(",chunked")) {
            m_state = State::ChunkSize;
        } else {
            m_state = State::UntilClose;
        }
        return;
    }

    std::optional<qint64> length;
    for (const auto &[name, value] : head.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        const auto parsed = parseLength(trimmed(value));
        if (!parsed || *parsed > MaxBodyLength || (length && *length != *parsed)) {
            fail(tr("invalid Content-Length header: %1").arg(QString::fromLatin1(value.left(40))));
            return;
        }
        length = parsed;
    }
    if (length) {
        m_remaining = *length;
        m_state = m_remaining == 0 ? State::Done : State::FixedBody;
    } else {
        m_state = State::UntilClose;
    }
}

qsizetype HttpResponseParser::stepFixedBody(QByteArrayView data)
{
    const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size()));
    m_body.append(data.first(n));
    m_remaining -= n;
    if (m_remaining == 0)
        m_state = State::Done;
    return n;
}

qsizetype HttpResponseParser::stepLine(QByteArrayView data)
{
    const qsizetype newline = data.indexOf('\n');
    const qsizetype take = newline < 0 ? data.size() : newline + 1;
    const qsizetype cap =
        m_state == State::Trailers ? m_maxHeaderBytes - m_trailerBytes : MaxChunkLineBytes;
    if (m_buffer.size() + take > cap) {
        fail(m_state == State::Trailers ? tr("the response trailers are larger than %n byte(s)",
                                             nullptr, int(m_maxHeaderBytes))
                                        : tr("a chunk-size line is longer than %n byte(s)", nullptr,
                                             int(MaxChunkLineBytes)));
        return data.size();
    }
    m_buffer.append(data.first(take));
    if (newline >= 0) {
        QByteArray line = std::exchange(m_buffer, QByteArray());
        if (m_state == State::Trailers)
            m_trailerBytes += line.size();
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        lineComplete(line);
    }
    return take;
}

void HttpResponseParser::lineComplete(QByteArrayView line)
{
    switch (m_state) {
    case State::ChunkSize: {
        // chunk-size [; ext-name [= ext-value]]...; extensions carry nothing we use.
        const qsizetype semicolon = line.indexOf(';');
        const QByteArrayView digits = trimmed(semicolon < 0 ? line : line.first(semicolon));
        const auto size = parseChunkSize(digits);
        if (!size || *size > MaxBodyLength) {
            fail(tr("invalid chunk-size line: %1")
                     .arg(QString::fromLatin1(line.first(qMin<qsizetype>(line.size(), 40)))));
            return;
        }
        m_remaining = *size;
        m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
        return;
    }
    case State::ChunkDataEnd:
        if (!line.isEmpty()) {
            fail(tr("a chunk is longer than its declared size"));
            return;
        }
        m_state = State::ChunkSize;
        return;
    case State::Trailers:
        if (line.isEmpty())
            m_state = State::Done;
        return;
    default:
        return;
    }
}

qsizetype HttpResponseParser::stepChunkData(QByteArrayView data)
{
    const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size()));
    m_body.append(data.first(n));
    m_remaining -= n;
    if (m_remaining == 0)
        m_state = State::ChunkDataEnd;
    return n;
}

} // namespace Berth::Http
