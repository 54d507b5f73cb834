// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth {

// What went wrong, coarse enough for callers to branch on (exit codes, retry policy,
// which banner the window shows); the message is for people and already translated.
enum class ErrorKind {
    Invalid,          // bad input from the user or a caller
    Unreachable,      // nothing listens at the endpoint (no engine, refused, unknown host)
    PermissionDenied, // something listens but we may not talk to it (socket mode, 401/403)
    NotFound,         // the endpoint answered that the object does not exist
    Conflict,         // the endpoint refused because of the object's state (in use, exists)
    Protocol,         // the peer broke the protocol: malformed HTTP, JSON or stream
    Timeout,          // no byte for longer than the request's idle timeout
    Remote,           // the peer reported an error of its own (a daemon message)
    Cancelled,        // the caller cancelled
    DigestMismatch,   // content does not hash to the digest that names it (a blob, a manifest)
    Io,               // local file or device failure
    Internal,         // a bug in Berth; should never be seen
};

class Error final
{
public:
    Error(ErrorKind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    ErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

    // Returns a copy whose message is prefixed with where it happened, e.g.
    // "unix:///var/run/docker.sock: connection refused".
    Error withContext(const QString &context) const
    {
        return Error(m_kind, context + QStringLiteral(": ") + m_message);
    }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace Berth
