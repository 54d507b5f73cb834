// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/compression.h"

#include <array>

namespace Berth::Archive {

Compression compressionForFileName(const QString &fileName)
{
    const QString name = fileName.toLower();
    const auto endsWith = [&name](std::initializer_list<const char *> suffixes) {
        for (const char *suffix : suffixes)
            if (name.endsWith(QLatin1StringView(suffix)))
                return true;
        return false;
    };
    if (endsWith({".tar.gz", ".tgz"}))
        return Compression::Gzip;
    if (endsWith({".tar.xz", ".txz"}))
        return Compression::Xz;
    if (endsWith({".tar.zst", ".tzst"}))
        return Compression::Zstd;
    return Compression::None;
}

Compression compressionFromMagic(QByteArrayView head)
{
    // RFC 1952, the .xz file format, RFC 8878. A tar starts with a file name, never these.
    static constexpr std::array<char, 2> gzip{'\x1f', '\x8b'};
    static constexpr std::array<char, 6> xz{'\xfd', '7', 'z', 'X', 'Z', '\0'};
    static constexpr std::array<char, 4> zstd{'\x28', '\xb5', '\x2f', '\xfd'};
    const auto startsWith = [head](const auto &magic) {
        return head.startsWith(QByteArrayView(magic.data(), qsizetype(magic.size())));
    };
    if (startsWith(gzip))
        return Compression::Gzip;
    if (startsWith(xz))
        return Compression::Xz;
    if (startsWith(zstd))
        return Compression::Zstd;
    return Compression::None;
}

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::Gzip:
        return QStringLiteral("gzip");
    case Compression::Xz:
        return QStringLiteral("xz");
    case Compression::Zstd:
        return QStringLiteral("zstd");
    case Compression::None:
        break;
    }
    return QStringLiteral("tar");
}

} // namespace Berth::Archive
