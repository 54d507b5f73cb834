// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentials.h"
#include "base/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Berth::Auth {

// Docker's credential helper protocol: docker-credential-<name> get|list, the server URL on
// stdin (never argv), JSON on stdout. A helper that does not end within the timeout is
// killed; "credentials not found" is an answer (anonymous), not an error.
class CredentialHelper final
{
public:
    static constexpr int DefaultTimeoutMs = 10000;

    // The login the helper keeps for serverUrl; empty credentials when it has none. Answers
    // on context's thread (which needs an event loop).
    static void get(const QString &helper, const QString &serverUrl, QObject *context,
                    std::function<void(const Result<Credentials> &)> done,
                    int timeoutMs = DefaultTimeoutMs);
    // The server URLs the helper keeps, with their user names.
    static void list(const QString &helper, QObject *context,
                     std::function<void(const Result<QHash<QString, QString>> &)> done,
                     int timeoutMs = DefaultTimeoutMs);

    // The answer of `get`, parsed (exposed for the fuzz target).
    static Result<Credentials> parseGet(const QByteArray &out);

private:
    static void run(const QString &helper, const QString &verb, const QByteArray &input,
                    QObject *context, int timeoutMs,
                    std::function<void(const Result<QByteArray> &out)> done);
};

} // namespace Berth::Auth
