// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/streamdecompressor.h"

#include <QIODevice>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <limits>

namespace Berth::Archive {

namespace {
constexpr qint64 InputPiece = 64 * 1024;
}

ssize_t StreamDecompressor::readFromSource(struct archive *a, void *self, const void **buffer)
{
    auto *decompressor = static_cast<StreamDecompressor *>(self);
    QByteArray &input = decompressor->m_input;
    input.resize(InputPiece);
    QIODevice *source = decompressor->m_source;
    const qint64 got = source->read(input.data(), InputPiece);
    // A sequential device (a pipe) says -1 at its end as well as on an error: take it as the
    // end, since an input that ends early is then refused as cut short anyway.
    if (got < 0 && source->isSequential())
        return 0;
    if (got < 0) {
        archive_set_error(a, EIO, "%s", qPrintable(source->errorString()));
        return -1;
    }
    *buffer = input.constData();
    return ssize_t(got); // 0: the end of the input
}

StreamDecompressor::StreamDecompressor(Compression compression, QIODevice *source,
                                       qint64 maxOutputBytes)
    : m_compression(compression)
    , m_source(source)
    , m_maxOutputBytes(maxOutputBytes)
{}

StreamDecompressor::~StreamDecompressor()
{
    if (m_archive)
        archive_read_free(m_archive);
}

qint64 StreamDecompressor::expansionCeiling(qint64 compressedBytes)
{
    constexpr qint64 Floor = qint64(1) << 30;
    constexpr qint64 Ratio = 1024;
    if (compressedBytes > (std::numeric_limits<qint64>::max() - Floor) / Ratio)
        return std::numeric_limits<qint64>::max();
    return Floor + Ratio * compressedBytes;
}

std::optional<Error> StreamDecompressor::beyondCeiling(Compression compression, qint64 produced,
                                                       qint64 consumed, qint64 maxOutputBytes)
{
    const qint64 ceiling = std::min(maxOutputBytes, expansionCeiling(consumed));
    if (produced <= ceiling)
        return std::nullopt;
    return Error(ErrorKind::Invalid,
                 tr("the %1 data expands beyond %2 bytes; Berth refuses it as a decompression "
                    "bomb")
                     .arg(compressionName(compression))
                     .arg(ceiling));
}

Error StreamDecompressor::damaged() const
{
    const char *reason = m_archive ? archive_error_string(m_archive) : nullptr;
    const QString message =
        tr("the %1 data is damaged or cut short").arg(compressionName(m_compression));
    return Error(ErrorKind::Invalid,
                 reason ? message + QStringLiteral(" (") + QString::fromUtf8(reason) + u')'
                        : message);
}

Result<void> StreamDecompressor::open()
{
    m_opened = true;
    m_archive = archive_read_new();
    if (!m_archive)
        return Error(ErrorKind::Internal,
                     tr("cannot start the %1 decompressor").arg(compressionName(m_compression)));
    // Only the three filters an image archive uses, not archive_read_support_filter_all:
    // that one also bids lrzip, lzop and others, which libarchive runs as external
    // programs, and hostile input must not start a program.
    archive_read_support_filter_gzip(m_archive);
    archive_read_support_filter_xz(m_archive);
    archive_read_support_filter_zstd(m_archive);
    archive_read_support_format_raw(m_archive);
    if (archive_read_open(m_archive, this, nullptr, readFromSource, nullptr) != ARCHIVE_OK)
        return damaged();
    // The filter libarchive chose must be the one the magic named: raw with no filter
    // would hand the compressed bytes through as if they were the tar.
    if (archive_filter_count(m_archive) < 2)
        return damaged();
    archive_entry *entry = nullptr;
    const int header = archive_read_next_header(m_archive, &entry);
    if (header == ARCHIVE_EOF) {
        m_ended = true;
        return {};
    }
    if (header != ARCHIVE_OK)
        return damaged();
    return {};
}

Result<QByteArray> StreamDecompressor::read(qint64 maxBytes)
{
    if (m_error)
        return *m_error;
    if (!m_opened)
        if (auto opened = open(); !opened) {
            m_error = opened.error();
            return *m_error;
        }
    if (m_ended || maxBytes <= 0)
        return QByteArray();
    // One byte past the ceiling is asked for, so that reaching it exactly is no error.
    const qint64 left = m_maxOutputBytes - m_bytesOut;
    QByteArray out(qsizetype(left < maxBytes ? left + 1 : maxBytes), Qt::Uninitialized);
    const la_ssize_t got = archive_read_data(m_archive, out.data(), size_t(out.size()));
    if (got < 0) {
        m_error = damaged();
        return *m_error;
    }
    if (got == 0) {
        m_ended = true;
        return QByteArray();
    }
    m_bytesOut += got;
    if (m_bytesOut > m_maxOutputBytes) {
        m_error = Error(ErrorKind::Invalid,
                        tr("the %1 data expands beyond %2 bytes; Berth refuses it as a "
                           "decompression bomb (decompress it yourself and load the tar)")
                            .arg(compressionName(m_compression))
                            .arg(m_maxOutputBytes));
        return *m_error;
    }
    out.truncate(qsizetype(got));
    return out;
}

} // namespace Berth::Archive
