// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of the manifest / index parser on arbitrary bytes: it never crashes, an error
// always says why, an image has a config and layers with digests, an index's platform
// entries are a subset of its entries and selecting a platform returns one of them.
#include "invariantbroken.h"
#include "registry/manifest.h"

#include <cstdint>

using namespace Berth::Registry;

namespace {

[[noreturn]] void broken(const char *invariant, const QByteArray &input)
{
    invariantBroken("manifest", invariant, input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks the Content-Type the registry claimed.
    static const QString types[] = {QString(), QString::fromUtf16(MediaType::DockerManifest),
                                    QString::fromUtf16(MediaType::DockerManifestList),
                                    QString::fromUtf16(MediaType::OciManifest),
                                    QString::fromUtf16(MediaType::OciIndex) +
                                        QStringLiteral("; charset=utf-8")};
    const QString contentType = size > 0 ? types[data[0] % 5] : QString();
    const auto parsed = Manifest::parse(bytes, contentType);
    if (!parsed) {
        if (parsed.error().message().isEmpty())
            broken("an error without a message", bytes);
        return 0;
    }
    const Manifest &m = *parsed;
    if (!Manifest::isKnownType(m.mediaType()))
        broken("an unknown media type accepted", bytes);
    if (m.isIndex() != Manifest::isIndexType(m.mediaType()))
        broken("kind and media type disagree", bytes);
    if (m.isIndex()) {
        if (!m.layers().isEmpty())
            broken("an index with layers", bytes);
        if (m.platformManifests().size() > m.manifests().size())
            broken("more platforms than entries", bytes);
        const auto selected = m.select(Platform::parse(QStringLiteral("linux/amd64")));
        if (selected) {
            bool found = false;
            for (const Descriptor &d : m.manifests())
                found = found || (d.digest == selected->digest && d.size == selected->size);
            if (!found)
                broken("a selected entry that is not in the index", bytes);
        }
    } else {
        if (m.config().digest.isEmpty() || m.config().size < 0)
            broken("an image without a config", bytes);
        for (const Descriptor &d : m.layers()) {
            if (d.digest.isEmpty() || d.size < 0)
                broken("a layer without digest or size", bytes);
        }
    }
    return 0;
}
