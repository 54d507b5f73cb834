// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "hub/hubratelimit.h"

#include <QCoreApplication>

#include <functional>

namespace Berth::Registry {
class RegistryClient;
}

namespace Berth::Hub {

// Asks Docker Hub's registry how many pulls are left: a HEAD of a manifest, which counts no
// pull, read for its rate-limit headers (anonymous, or as the client's user: the limit is
// per address or per account).
class HubRateLimitProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Hub::HubRateLimitProbe)

public:
    // The repository Docker names for this probe.
    static QString defaultRepository() { return QStringLiteral("ratelimitpreview/test"); }
    // docker.io, or BERTH_HUB_REGISTRY (host:port of a mirror or the tests' stand-in).
    static QString defaultRegistry();

    // HEAD of repository:tag's manifest.
    static void probe(Registry::RegistryClient &client, const QString &repository,
                      const QString &tag, QObject *context,
                      std::function<void(const Result<HubRateLimit> &)> done);
};

} // namespace Berth::Hub
