// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/streamcompressor.h"

#include <QIODevice>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Berth::Archive {

namespace {

la_ssize_t writeToDevice(struct archive *a, void *device, const void *buffer, size_t length)
{
    auto *output = static_cast<QIODevice *>(device);
    const qint64 written = output->write(static_cast<const char *>(buffer), qint64(length));
    if (written != qint64(length)) {
        archive_set_error(a, EIO, "%s", qPrintable(output->errorString()));
        return -1;
    }
    return la_ssize_t(written);
}

int addFilter(struct archive *a, Compression compression)
{
    switch (compression) {
    case Compression::Gzip:
        return archive_write_add_filter_gzip(a);
    case Compression::Xz:
        return archive_write_add_filter_xz(a);
    case Compression::Zstd:
        return archive_write_add_filter_zstd(a);
    case Compression::None:
        break;
    }
    return archive_write_add_filter_none(a);
}

} // namespace

StreamCompressor::StreamCompressor(Compression compression, QIODevice *output)
    : m_compression(compression)
    , m_output(output)
{}

StreamCompressor::~StreamCompressor()
{
    if (m_archive) {
        // An unfinished stream, being discarded: free it without flushing its tail into a
        // device that may be gone already.
        archive_write_fail(m_archive);
        archive_write_free(m_archive);
    }
}

Error StreamCompressor::failure(const QString &what) const
{
    const char *reason = m_archive ? archive_error_string(m_archive) : nullptr;
    return Error(ErrorKind::Io,
                 reason ? what + QStringLiteral(": ") + QString::fromUtf8(reason) : what);
}

Result<void> StreamCompressor::open()
{
    m_opened = true;
    if (m_compression == Compression::None)
        return {};
    m_archive = archive_write_new();
    if (!m_archive)
        return Error(ErrorKind::Internal,
                     tr("cannot start the %1 compressor").arg(compressionName(m_compression)));
    // The raw format writes the one entry's bytes as they are: a compressed tar, not a tar
    // inside a tar. No blocking: libarchive would otherwise pad the end with zeros, which
    // gzip -d and xz -d then report as trailing garbage.
    if (addFilter(m_archive, m_compression) != ARCHIVE_OK ||
        archive_write_set_format_raw(m_archive) != ARCHIVE_OK ||
        archive_write_set_bytes_per_block(m_archive, 0) != ARCHIVE_OK ||
        archive_write_open(m_archive, m_output, nullptr, writeToDevice, nullptr) != ARCHIVE_OK)
        return failure(tr("cannot start the %1 compressor").arg(compressionName(m_compression)));
    const std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                              archive_entry_free);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK)
        return failure(tr("cannot start the %1 compressor").arg(compressionName(m_compression)));
    return {};
}

Result<void> StreamCompressor::write(QByteArrayView data)
{
    if (!m_opened)
        if (auto opened = open(); !opened)
            return opened;
    if (!m_archive) {
        if (m_output->write(data.data(), data.size()) != data.size())
            return Error(ErrorKind::Io, m_output->errorString());
        return {};
    }
    // archive_write_data may take less than given; it never takes nothing without an error.
    while (!data.isEmpty()) {
        const la_ssize_t taken = archive_write_data(m_archive, data.data(), size_t(data.size()));
        if (taken <= 0)
            return failure(tr("%1 compression failed").arg(compressionName(m_compression)));
        data = data.sliced(qsizetype(taken));
    }
    return {};
}

Result<void> StreamCompressor::finish()
{
    if (!m_opened)
        if (auto opened = open(); !opened)
            return opened;
    if (!m_archive)
        return {};
    const int closed = archive_write_close(m_archive);
    Result<void> result;
    if (closed != ARCHIVE_OK)
        result = failure(tr("%1 compression failed").arg(compressionName(m_compression)));
    archive_write_free(m_archive);
    m_archive = nullptr;
    return result;
}

} // namespace Berth::Archive
