// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/referencecheck.h"

#include <QCoreApplication>

namespace Berth::Cli {

namespace {

class ReferenceCheckText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::ReferenceCheck)
};

// distribution/reference's NameTotalLengthMax, counted on the name with its domain.
constexpr qsizetype NameTotalLengthMax = 255;

} // namespace

// The daemon's refusals (moby 20.10: distribution/reference and reference/store.go).
std::optional<QString> daemonRefusal(const Reference::ImageReference &reference, ReferenceUse use)
{
    if (reference.name().size() > NameTotalLengthMax)
        return QStringLiteral("repository name must not be more than 255 characters");
    // A tag "sha256:<hex>" would read as an image ID.
    if (use == ReferenceUse::CreatesTag && reference.familiarName() == u"sha256")
        return QStringLiteral("refusing to create an ambiguous tag using digest algorithm as name");
    return std::nullopt;
}

std::optional<Reference::ImageReference> parseImageReference(const QString &text, ReferenceUse use,
                                                             const Console &console)
{
    const auto reference = Reference::ImageReference::parse(text);
    const std::optional<QString> reason =
        !reference ? std::optional(reference.error().message()) : daemonRefusal(*reference, use);
    if (reason) {
        console.err(
            ReferenceCheckText::tr("berthctl: invalid reference '%1': %2\n").arg(text, *reason));
        return std::nullopt;
    }
    return *reference;
}

} // namespace Berth::Cli
