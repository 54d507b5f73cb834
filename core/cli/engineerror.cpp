// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/engineerror.h"

#include "cli/interrupt.h"

#include <QStringList>

namespace Berth::Cli {

namespace {

bool saysAny(const QString &message, const QStringList &phrases)
{
    for (const QString &phrase : phrases) {
        if (message.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The daemon's words (Go's net/http and Distribution's error codes), untranslated.
bool registryRefusedLogin(const QString &message)
{
    return saysAny(message,
                   {QStringLiteral("unauthorized"), QStringLiteral("no basic auth credentials"),
                    QStringLiteral("authentication required"),
                    QStringLiteral("incorrect username or password"),
                    QStringLiteral("denied: requested access")});
}

bool registryUnreachable(const QString &message)
{
    return saysAny(message, {QStringLiteral("dial tcp"), QStringLiteral("no such host"),
                             QStringLiteral("connection refused"), QStringLiteral("i/o timeout"),
                             QStringLiteral("Client.Timeout exceeded")});
}

} // namespace

int reportError(const Error &error, const Console &console)
{
    console.err(QStringLiteral("berthctl: ") + error.message() + u'\n');
    switch (error.kind()) {
    case ErrorKind::Unreachable:
        return ExitUnreachable;
    case ErrorKind::PermissionDenied:
        return ExitPermissionDenied;
    case ErrorKind::Cancelled:
        return Interrupt::cancelExitCode();
    case ErrorKind::Remote:
        if (registryRefusedLogin(error.message()))
            return ExitLoginRefused;
        if (registryUnreachable(error.message()))
            return ExitRegistryUnreachable;
        return ExitFailure;
    default:
        return ExitFailure;
    }
}

int reportRegistryError(const Error &error, const Console &console)
{
    console.err(QStringLiteral("berthctl: ") + error.message() + u'\n');
    switch (error.kind()) {
    case ErrorKind::Unreachable:
    case ErrorKind::Timeout:
        return ExitRegistryUnreachable;
    case ErrorKind::PermissionDenied:
        return ExitLoginRefused;
    case ErrorKind::Cancelled:
        return Interrupt::cancelExitCode();
    default:
        return ExitFailure;
    }
}

} // namespace Berth::Cli
