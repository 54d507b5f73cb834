// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

#include <sys/types.h>

struct archive;

namespace Berth::Archive {

// A libarchive tar reader fed from a ByteSource through its read callback. The source's
// own error (a bomb, a cut connection) is kept, so that it, not libarchive's echo of it, is
// what the caller reports.
class LibarchiveFeed final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Archive::LibarchiveFeed)

public:
    // With compressedTar, gzip, xz and zstd around the tar are read too (and no other
    // filter: libarchive runs some as programs, and hostile input must not start one).
    LibarchiveFeed(ByteSource *source, bool compressedTar);
    ~LibarchiveFeed();
    LibarchiveFeed(const LibarchiveFeed &) = delete;
    LibarchiveFeed &operator=(const LibarchiveFeed &) = delete;

    archive *reader() const { return m_reader; }
    bool open();
    // Why reading stopped: the source's error, else "WHAT is damaged or cut short (...)".
    Error failure(const QString &what) const;

    // Called after each piece with the bytes read so far; an error it returns ends the read.
    std::function<std::optional<Error>(qint64)> checkPiece;

private:
    static ssize_t readCallback(archive *a, void *self, const void **buffer);

    ByteSource *m_source;
    archive *m_reader;
    std::optional<Error> m_error;
};

} // namespace Berth::Archive
