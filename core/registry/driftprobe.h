// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reference/imagereference.h"
#include "registry/driftstate.h"

#include <QObject>

#include <functional>

namespace Berth::Registry {

class RegistryClient;

// Asks a registry what one tag names, with a manifest HEAD (Accept as Docker sends it;
// the digest from Docker-Content-Digest): a HEAD does not count against Docker Hub's pull
// limit and moves no manifest. 404 (MANIFEST_UNKNOWN, NAME_UNKNOWN) is Absent; any other
// failure (no DNS, refused, 401, 403, 5xx after the client's retries) is Unanswered.
class DriftProbe final
{
public:
    using Done = std::function<void(const RemoteTagAnswer &answer)>;

    // done is called on the client's thread, unless context is gone first.
    static void ask(RegistryClient *client, const Reference::ImageReference &tag, QObject *context,
                    Done done);
};

} // namespace Berth::Registry
