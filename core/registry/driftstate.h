// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Berth::Registry {

// Whether a local tag still names what its registry's tag names (docs/drift.md).
enum class DriftState {
    InSync,    // the registry's tag names an image the engine holds under that tag
    Behind,    // the registry's tag names another image: a pull would change the local one
    LocalOnly, // the registry has no such tag (or no such repository)
    Unknown,   // the registry could not be asked: no network, no DNS, refused, no access
    NotLocal,  // a registry's tag that the engine does not hold (the tags of a repository)
};

// What a registry said of one tag when asked with a manifest HEAD.
struct RemoteTagAnswer
{
    enum class Kind {
        Present,    // digest holds what Docker-Content-Digest named
        Absent,     // 404: no such tag, or no such repository
        Unanswered, // reason says why (in words, already translated)
    };
    Kind kind = Kind::Unanswered;
    QString digest;
    QString reason;

    friend bool operator==(const RemoteTagAnswer &, const RemoteTagAnswer &) = default;
};

} // namespace Berth::Registry

Q_DECLARE_METATYPE(Berth::Registry::RemoteTagAnswer)
