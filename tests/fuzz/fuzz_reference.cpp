// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of the image reference parser on arbitrary input: it never crashes, an error
// always says why, the normalized form reads back as the same reference (with the default
// tag made explicit), and the familiar form reads back exactly as the input did. A broken
// invariant aborts, so libFuzzer and the corpus replay both report it.
#include "reference/imagereference.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Berth::Reference::ImageReference;

namespace {

[[noreturn]] void broken(const char *invariant, const QString &input, const QString &detail)
{
    std::fprintf(stderr, "reference invariant broken: %s\n  input:  %s\n  detail: %s\n", invariant,
                 qUtf8Printable(input), qUtf8Printable(detail));
    std::abort();
}

QString describe(const ImageReference &reference)
{
    return QStringLiteral("domain=%1 path=%2 tag=%3 digest=%4")
        .arg(reference.domain(), reference.path(), reference.tag(), reference.digest());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = ImageReference::parse(input);
    if (!parsed.ok()) {
        if (parsed.error().message().isEmpty())
            broken("an error without a message", input, QString());
        return 0;
    }
    const ImageReference &reference = parsed.value();
    if (reference.isNull() || reference.domain().isEmpty())
        broken("a valid reference without domain or path", input, describe(reference));

    const QString normalized = reference.normalized();
    const auto fromNormalized = ImageReference::parse(normalized);
    if (!fromNormalized.ok())
        broken("the normalized form does not parse", input,
               normalized + QStringLiteral(": ") + fromNormalized.error().message());
    const ImageReference &again = fromNormalized.value();
    if (again.domain() != reference.domain() || again.path() != reference.path() ||
        again.digest() != reference.digest() || again.tag() != reference.effectiveTag() ||
        again.normalized() != normalized)
        broken("the normalized form reads back differently", input,
               describe(reference) + QStringLiteral(" became ") + describe(again));

    const QString familiar = reference.familiar();
    const auto fromFamiliar = ImageReference::parse(familiar);
    if (!fromFamiliar.ok())
        broken("the familiar form does not parse", input,
               familiar + QStringLiteral(": ") + fromFamiliar.error().message());
    if (fromFamiliar->normalized() != normalized || !(fromFamiliar.value() == reference))
        broken("the familiar form does not normalize back", input,
               familiar + QStringLiteral(" became ") + fromFamiliar->normalized());
    return 0;
}
