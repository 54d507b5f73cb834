// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/libarchivefeed.h"

#include <archive.h>

namespace Berth::Archive {

LibarchiveFeed::LibarchiveFeed(ByteSource *source, bool compressedTar)
    : m_source(source)
    , m_reader(archive_read_new())
{
    if (compressedTar) {
        archive_read_support_filter_gzip(m_reader);
        archive_read_support_filter_xz(m_reader);
        archive_read_support_filter_zstd(m_reader);
    }
    archive_read_support_format_tar(m_reader);
}

LibarchiveFeed::~LibarchiveFeed()
{
    archive_read_free(m_reader);
}

ssize_t LibarchiveFeed::readCallback(archive *a, void *self, const void **buffer)
{
    auto *feed = static_cast<LibarchiveFeed *>(self);
    auto piece = feed->m_source->next();
    if (piece && feed->checkPiece)
        if (auto error = feed->checkPiece(feed->m_source->consumed()))
            piece = *error;
    if (!piece) {
        feed->m_error = piece.error();
        archive_set_error(a, EIO, "%s", qPrintable(piece.error().message()));
        return -1;
    }
    *buffer = piece->data();
    return la_ssize_t(piece->size());
}

bool LibarchiveFeed::open()
{
    return archive_read_open(m_reader, this, nullptr, readCallback, nullptr) == ARCHIVE_OK;
}

Error LibarchiveFeed::failure(const QString &what) const
{
    if (m_error)
        return *m_error;
    const char *reason = archive_error_string(m_reader);
    return Error(ErrorKind::Invalid,
                 tr("%1 is damaged or cut short (%2)")
                     .arg(what, reason ? QString::fromUtf8(reason) : tr("no tar header")));
}

} // namespace Berth::Archive
