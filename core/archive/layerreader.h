// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"
#include "archive/compression.h"
#include "archive/tarentry.h"

#include <QCoreApplication>

#include <functional>

namespace Berth::Archive {

// How far a layer may go before Berth stops reading it as hostile. The expansion ceiling
// of StreamDecompressor applies on top (1 GiB plus 1024 times the compressed bytes).
struct LayerLimits
{
    qint64 maxTarBytes = qint64(64) << 30; // the plain tar
    qint64 maxEntries = 4 * 1024 * 1024;
    qsizetype maxPathBytes = 4096; // PATH_MAX: a longer name cannot exist in a container
};

struct LayerStats
{
    Compression compression = Compression::None;
    qint64 compressedBytes = 0; // the blob as read (equal to tarBytes when plain)
    qint64 tarBytes = 0;
    qint64 entries = 0;
};

// Reads a layer blob (gzip, zstd or plain tar, told by its first bytes) as a stream and
// hands each tar entry to onEntry, never writing a file: gzip goes through ISA-L, zstd
// through libzstd, and libarchive reads the plain tar from them. A name that is absolute
// or climbs out with "..", a special header over 1 MiB, a tar that ends early, more entries
// or bytes than the limits allow: each ends the read with an error that says which.
class LayerReader final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Archive::LayerReader)

public:
    // Returns false to stop reading (a cancel); read() then fails with Cancelled.
    using EntryHandler = std::function<bool(const TarEntry &entry)>;

    static Result<LayerStats> read(ByteSource *blob, const EntryHandler &onEntry,
                                   const LayerLimits &limits = {});

    // The path as Berth keeps it ("./etc/" -> "etc"), or an error for an absolute path or a
    // ".." component; empty for the root itself.
    static Result<QString> normalizedPath(QByteArrayView raw, qsizetype maxPathBytes);
};

} // namespace Berth::Archive
