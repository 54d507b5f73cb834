// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagearchive.h"
#include "archive/imagefilesystem.h"

namespace Berth::Archive {

// One image with its layers listed and applied: what the layers view, `berthctl files`
// and a comparison work on.
struct ImageContents
{
    ArchivedImage image;
    ImageFilesystem filesystem;

    // Applies the image's layers in order; a layer that was not listed counts as empty.
    static ImageContents of(const ArchivedImage &image);
    // A layer's plain tar size when it was listed, else its size in the archive.
    static qint64 layerSize(const ArchivedLayer &layer);
};

} // namespace Berth::Archive
