// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/driftjudge.h"

namespace Berth::Registry {

QStringList DriftJudge::digestsFor(const Reference::ImageReference &reference,
                                   const QStringList &repoDigests)
{
    QStringList digests;
    for (const QString &repoDigest : repoDigests) {
        // Parsed, not compared as text: the engine names Docker Hub's repositories
        // familiarly ("alpine"), references may name them whole ("docker.io/library/alpine").
        const auto parsed = Reference::ImageReference::parse(repoDigest);
        if (parsed && parsed->hasDigest() && parsed->domain() == reference.domain() &&
            parsed->path() == reference.path())
            digests.append(parsed->digest());
    }
    return digests;
}

DriftState DriftJudge::ofLocalTag(const Reference::ImageReference &tag,
                                  const QStringList &repoDigests, const RemoteTagAnswer &answer)
{
    switch (answer.kind) {
    case RemoteTagAnswer::Kind::Unanswered:
        return DriftState::Unknown;
    case RemoteTagAnswer::Kind::Absent:
        return DriftState::LocalOnly;
    case RemoteTagAnswer::Kind::Present:
        break;
    }
    // A registry that sent no Docker-Content-Digest leaves nothing to compare.
    if (answer.digest.isEmpty())
        return DriftState::Unknown;
    return digestsFor(tag, repoDigests).contains(answer.digest) ? DriftState::InSync
                                                                : DriftState::Behind;
}

DriftState DriftJudge::ofRemoteTag(const QString &remoteDigest, bool localTagExists,
                                   const QStringList &localTagDigests, bool digestHeldLocally)
{
    if (remoteDigest.isEmpty())
        return DriftState::Unknown;
    if (localTagDigests.contains(remoteDigest) || (!localTagExists && digestHeldLocally))
        return DriftState::InSync;
    return localTagExists ? DriftState::Behind : DriftState::NotLocal;
}

} // namespace Berth::Registry
