// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/engineerror.h"

namespace Berth::Cli {

int reportError(const Error &error, const Console &console)
{
    console.err(QStringLiteral("berthctl: ") + error.message() + u'\n');
    switch (error.kind()) {
    case ErrorKind::Unreachable:
        return ExitUnreachable;
    case ErrorKind::PermissionDenied:
        return ExitPermissionDenied;
    case ErrorKind::Cancelled:
        return ExitCancelled;
    default:
        return ExitFailure;
    }
}

} // namespace Berth::Cli
