// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"
#include "reference/imagereference.h"

#include <optional>

namespace Berth::Cli {

// What a command does with a reference, for the checks the daemon would make.
enum class ReferenceUse {
    Read,       // names something that exists (inspect, tags, manifest)
    CreatesTag, // the engine will store it as a name (pull, tag's target)
};

// The daemon's reason to refuse a reference the grammar accepts, in its words; nullopt
// when it would take it.
std::optional<QString> daemonRefusal(const Reference::ImageReference &reference, ReferenceUse use);

// Parses an image reference as berthctl's commands take it: the grammar, then the names
// the 20.10 daemon refuses, refused here before asking it and in its words (a name longer
// than 255 characters with its domain; "sha256" as a tag's repository). On failure prints
// "berthctl: invalid reference 'TEXT': REASON" and returns nullopt: the caller exits 1.
std::optional<Reference::ImageReference> parseImageReference(const QString &text, ReferenceUse use,
                                                             const Console &console);

} // namespace Berth::Cli
