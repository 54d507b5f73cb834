// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reference/imagereference.h"
#include "registry/driftstate.h"

#include <QStringList>

namespace Berth::Registry {

// Decides a drift state from what the engine and the registry said; asks nobody. Pure, so
// the rules are tested without a registry.
class DriftJudge final
{
public:
    // The digests among an image's RepoDigests ("127.0.0.1:5000/a@sha256:..." or, for
    // Docker Hub, familiar names such as "alpine@sha256:...") that belong to the
    // repository of `reference`.
    static QStringList digestsFor(const Reference::ImageReference &reference,
                                  const QStringList &repoDigests);

    // A local tag: its image's RepoDigests against the registry's answer for the same tag.
    // An image never pulled from nor pushed to the repository (no RepoDigest for it) is
    // LocalOnly when the registry lacks the tag, else Behind: the registry's tag names
    // something this image was never known as.
    static DriftState ofLocalTag(const Reference::ImageReference &tag,
                                 const QStringList &repoDigests, const RemoteTagAnswer &answer);

    // A registry's tag naming remoteDigest: InSync when the local image of the same tag has
    // that digest, or when any local image has it for this repository; Behind when the local
    // tag names another image; NotLocal when the engine holds neither.
    static DriftState ofRemoteTag(const QString &remoteDigest, bool localTagExists,
                                  const QStringList &localTagDigests, bool digestHeldLocally);
};

} // namespace Berth::Registry
