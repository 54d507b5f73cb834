// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Engine {

// Engine API versions are "major.minor"; compared numerically (1.9 < 1.41).
class ApiVersion final
{
public:
    // The newest API Berth speaks (Engine 20.10, Debian 12) and the oldest it accepts.
    static QString newestSupported() { return QStringLiteral("1.41"); }
    static QString oldestSupported() { return QStringLiteral("1.24"); }

    // Negative, zero or positive as a is older than, equal to or newer than b; an
    // unparsable version sorts first.
    static int compare(const QString &a, const QString &b);
    // The version to use with a daemon whose newest is `daemonVersion` (the Api-Version
    // header of /_ping): the lower of Berth's and the daemon's. Empty when the daemon is
    // older than Berth supports.
    static QString negotiate(const QString &daemonVersion);
};

} // namespace Berth::Engine
