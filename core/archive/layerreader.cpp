// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/layerreader.h"

#include "archive/gzipinflater.h"
#include "archive/libarchivefeed.h"
#include "archive/zstdinflater.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <optional>

namespace Berth::Archive {

namespace {

EntryType typeOf(archive_entry *entry)
{
    if (archive_entry_hardlink(entry))
        return EntryType::Hardlink;
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG:
        return EntryType::File;
    case AE_IFDIR:
        return EntryType::Directory;
    case AE_IFLNK:
        return EntryType::Symlink;
    case AE_IFCHR:
        return EntryType::CharDevice;
    case AE_IFBLK:
        return EntryType::BlockDevice;
    case AE_IFIFO:
        return EntryType::Fifo;
    default:
        return EntryType::Other;
    }
}

// The entry's name as stored: UTF-8 from a pax header, the raw bytes of a ustar one.
QByteArrayView rawName(const char *utf8, const char *raw)
{
    return QByteArrayView(utf8 ? utf8 : raw ? raw : "");
}

} // namespace

Result<QString> LayerReader::normalizedPath(QByteArrayView raw, qsizetype maxPathBytes)
{
    if (raw.size() > maxPathBytes)
        return Error(ErrorKind::Invalid,
                     tr("an entry's name is longer than %1 bytes").arg(maxPathBytes));
    if (raw.startsWith('/'))
        return Error(ErrorKind::Invalid,
                     tr("the entry %1 has an absolute path; a layer's names are relative to "
                        "the image's root")
                         .arg(QString::fromUtf8(raw)));
    while (raw.startsWith("./"))
        raw = raw.sliced(2);
    while (raw.endsWith('/'))
        raw.chop(1);
    if (raw.isEmpty() || raw == ".")
        return QString();
    for (qsizetype start = 0; start <= raw.size();) {
        qsizetype end = raw.indexOf('/', start);
        if (end < 0)
            end = raw.size();
        if (raw.sliced(start, end - start) == "..")
            return Error(ErrorKind::Invalid,
                         tr("the entry %1 climbs out of the image's root with '..'")
                             .arg(QString::fromUtf8(raw)));
        start = end + 1;
    }
    return QString::fromUtf8(raw);
}

Result<LayerStats> LayerReader::read(ByteSource *blob, const EntryHandler &onEntry,
                                     const LayerLimits &limits)
{
    LayerStats stats;
    // The magic of the compression may come in several pieces (a blob arrives as the
    // network hands it over): enough bytes for the longest before deciding.
    QByteArray head;
    while (head.size() < MagicBytes) {
        auto piece = blob->next();
        if (!piece)
            return piece.error();
        if (piece->isEmpty())
            break;
        head.append(*piece);
    }
    const bool ended = head.size() < MagicBytes;
    stats.compression = compressionFromMagic(head);
    PrefixedByteSource compressed(std::move(head), ended ? nullptr : blob);
    std::unique_ptr<ByteSource> inflater;
    ByteSource *plain = &compressed;
    switch (stats.compression) {
    case Compression::Gzip:
        inflater = std::make_unique<GzipInflater>(&compressed, limits.maxTarBytes);
        break;
    case Compression::Zstd:
        inflater = std::make_unique<ZstdInflater>(&compressed, limits.maxTarBytes);
        break;
    case Compression::Xz:
        return Error(ErrorKind::Invalid,
                     tr("the layer is xz-compressed; image layers are gzip, zstd or plain tar"));
    case Compression::None:
        break;
    }
    if (inflater)
        plain = inflater.get();

    LibarchiveFeed feed(plain, false);
    feed.checkPiece = [&limits](qint64 tarBytes) -> std::optional<Error> {
        if (tarBytes <= limits.maxTarBytes)
            return std::nullopt;
        return Error(ErrorKind::Invalid,
                     tr("the layer's tar is larger than %1 bytes; Berth stops reading it")
                         .arg(limits.maxTarBytes));
    };
    archive *reader = feed.reader();
    const auto failed = [&feed] {
        return feed.failure(tr("the layer's tar"));
    };
    if (!feed.open())
        return failed();
    TarEntry entry;
    for (;;) {
        archive_entry *raw = nullptr;
        const int status = archive_read_next_header(reader, &raw);
        if (status == ARCHIVE_EOF)
            break;
        // ARCHIVE_RETRY (a damaged header) leaves libarchive between entries: no entry.
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return failed();
        if (++stats.entries > limits.maxEntries)
            return Error(ErrorKind::Invalid,
                         tr("the layer holds more than %1 entries; Berth stops reading it")
                             .arg(limits.maxEntries));
        auto path =
            normalizedPath(rawName(archive_entry_pathname_utf8(raw), archive_entry_pathname(raw)),
                           limits.maxPathBytes);
        if (!path)
            return path.error();
        entry.path = *path;
        entry.type = typeOf(raw);
        entry.size = entry.type == EntryType::File ? archive_entry_size(raw) : 0;
        entry.mode = quint32(archive_entry_perm(raw));
        entry.uid = archive_entry_uid(raw);
        entry.gid = archive_entry_gid(raw);
        entry.mtime = archive_entry_mtime(raw);
        entry.linkTarget.clear();
        if (entry.type == EntryType::Symlink) {
            entry.linkTarget = QString::fromUtf8(
                rawName(archive_entry_symlink_utf8(raw), archive_entry_symlink(raw)));
        } else if (entry.type == EntryType::Hardlink) {
            auto target = normalizedPath(
                rawName(archive_entry_hardlink_utf8(raw), archive_entry_hardlink(raw)),
                limits.maxPathBytes);
            if (!target)
                return target.error();
            entry.linkTarget = *target;
        }
        if (!entry.path.isEmpty() && !onEntry(entry))
            return Error(ErrorKind::Cancelled, tr("cancelled"));
        if (archive_read_data_skip(reader) != ARCHIVE_OK)
            return failed();
    }
    // libarchive stops at the end-of-archive blocks; what follows (padding) is read too,
    // so that a damaged compressed tail is noticed and the byte counts are whole.
    for (;;) {
        auto rest = plain->next();
        if (!rest)
            return rest.error();
        if (rest->isEmpty())
            break;
    }
    stats.tarBytes = plain->consumed();
    stats.compressedBytes = compressed.consumed();
    return stats;
}

} // namespace Berth::Archive
