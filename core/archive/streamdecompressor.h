// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/compression.h"
#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

#include <sys/types.h>

class QIODevice;
struct archive;

namespace Berth::Archive {

// Reads a gzip, xz or zstd stream from a device and gives the plain bytes back a piece at
// a time, as the consumer asks (the daemon's /images/load body, as its socket drains):
// nothing is buffered beyond one piece, so memory stays flat whatever the archive holds.
// Damaged, truncated or hostile input ends in an error that says so, and the output never
// exceeds maxOutputBytes (a decompression bomb stops there with an error).
class StreamDecompressor final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Archive::StreamDecompressor)

public:
    StreamDecompressor(Compression compression, QIODevice *source, qint64 maxOutputBytes);
    ~StreamDecompressor();
    StreamDecompressor(const StreamDecompressor &) = delete;
    StreamDecompressor &operator=(const StreamDecompressor &) = delete;

    // Up to maxBytes of plain output; empty once the stream has ended (then atEnd()).
    Result<QByteArray> read(qint64 maxBytes);
    bool atEnd() const { return m_ended; }
    qint64 bytesOut() const { return m_bytesOut; }

    // The ceiling Berth puts on what an archive of compressedBytes may expand to: 1 GiB
    // plus 1024 times its size. Image tars compress 2 to 10 times; gzip cannot pass 1032;
    // only a file built to expand (or a layer of gigabytes of zeros) goes beyond.
    static qint64 expansionCeiling(qint64 compressedBytes);
    // The bomb's error once `produced` plain bytes from `consumed` compressed ones pass the
    // ceiling (or maxOutputBytes); nothing while they stay under it.
    static std::optional<Error> beyondCeiling(Compression compression, qint64 produced,
                                              qint64 consumed, qint64 maxOutputBytes);

private:
    Result<void> open();
    Error damaged() const;

    // libarchive's read callback: the next piece of the source.
    static ssize_t readFromSource(struct archive *a, void *self, const void **buffer);

    Compression m_compression;
    QIODevice *m_source;
    qint64 m_maxOutputBytes;
    archive *m_archive = nullptr;
    QByteArray m_input;
    qint64 m_bytesOut = 0;
    bool m_opened = false;
    bool m_ended = false;
    std::optional<Error> m_error;
};

} // namespace Berth::Archive
