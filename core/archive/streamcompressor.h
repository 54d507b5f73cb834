// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/compression.h"
#include "base/result.h"

#include <QCoreApplication>

class QIODevice;
struct archive;

namespace Berth::Archive {

// Compresses a stream as it arrives (docker save's tar, piece by piece from the daemon)
// into a device (the save's QSaveFile), so memory stays flat whatever the image's size.
// Compression::None writes the bytes through unchanged. The work happens on the calling
// thread: the job's worker, never the GUI thread.
class StreamCompressor final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Archive::StreamCompressor)

public:
    StreamCompressor(Compression compression, QIODevice *output);
    ~StreamCompressor();
    StreamCompressor(const StreamCompressor &) = delete;
    StreamCompressor &operator=(const StreamCompressor &) = delete;

    Result<void> write(QByteArrayView data);
    // Flushes the compressor's tail (gzip's trailer, xz's index); no write() after it.
    Result<void> finish();

private:
    Result<void> open();
    Error failure(const QString &what) const;

    Compression m_compression;
    QIODevice *m_output;
    archive *m_archive = nullptr;
    bool m_opened = false;
};

} // namespace Berth::Archive
