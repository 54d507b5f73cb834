// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagecontents.h"

#include <optional>

namespace Berth::Archive {

struct FileDifference
{
    enum Kind { Added, Removed, Changed };
    Kind kind = Changed;
    QString path;
    std::optional<TarEntry> before; // absent for Added
    std::optional<TarEntry> after;  // absent for Removed
    QStringList what;               // Changed: "type", "size", "mode", "owner", "link"
};

struct ConfigDifference
{
    QString field;  // "env PATH", "label version", "entrypoint", "cmd", "port 80/tcp", ...
    QString before; // empty when the second image added it
    QString after;  // empty when the second image dropped it
};

struct LayerDelta
{
    int index = 0;
    QString digestBefore; // empty when the first image has fewer layers
    QString digestAfter;
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
};

// What differs between two images: files of their filesystems (added, removed, changed in
// type, size, mode, owner or link; a modification time alone is no change, since every
// build renews it), their configs, and their layers' sizes one by one and in total.
struct ImageDiff
{
    QList<FileDifference> files; // by path
    QList<ConfigDifference> config;
    QList<LayerDelta> layers;
    qint64 totalBefore = 0;
    qint64 totalAfter = 0;

    static ImageDiff compare(const ImageContents &before, const ImageContents &after);
};

} // namespace Berth::Archive
