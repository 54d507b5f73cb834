// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace Berth::Archive {

// How an image archive's bytes are compressed around the tar that docker save writes.
enum class Compression { None, Gzip, Xz, Zstd };

// What a file name asks for when saving: .tar.gz/.tgz, .tar.xz/.txz, .tar.zst/.tzst (any
// case); plain .tar and every other name stay uncompressed, as docker save writes them.
Compression compressionForFileName(const QString &fileName);

// What the first bytes of a file are, whatever its name says (a .tar may be gzip'd, a
// .tar.gz may be plain). Needs up to 6 bytes; fewer can only be None.
Compression compressionFromMagic(QByteArrayView head);

// The longest magic compressionFromMagic() reads.
constexpr qsizetype MagicBytes = 6;

// "gzip", "xz", "zstd" or "tar", for messages.
QString compressionName(Compression compression);

} // namespace Berth::Archive
