// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Archive {

enum class EntryType { File, Directory, Symlink, Hardlink, CharDevice, BlockDevice, Fifo, Other };

// One entry of a layer's tar, as tar -tv shows it. The path is relative to the image's
// root, without "./" or a trailing '/'; whiteouts keep their ".wh." names here (see
// Whiteout) and are applied by ImageFilesystem.
struct TarEntry
{
    QString path;
    EntryType type = EntryType::File;
    qint64 size = 0;  // a file's bytes; 0 for every other type (a hard link has none of its own)
    quint32 mode = 0; // the permission bits, with setuid, setgid and sticky
    qint64 uid = 0;
    qint64 gid = 0;
    QString linkTarget; // a symbolic link's target, or the path a hard link names
    qint64 mtime = 0;   // seconds since the epoch

    bool operator==(const TarEntry &) const = default;
};

// "-", "d", "l", "h", "c", "b", "p" or "?": the first letter of GNU tar -tv's mode column.
QChar entryTypeLetter(EntryType type);
// "file", "directory", "symlink", "hardlink", "char", "block", "fifo", "other": for JSON.
QString entryTypeName(EntryType type);
// tar -tv's mode column: "-rwxr-xr-x", "drwxrwxrwt".
QString modeString(EntryType type, quint32 mode);

} // namespace Berth::Archive
