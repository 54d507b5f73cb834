// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/imagecontents.h"

namespace Berth::Archive {

ImageContents ImageContents::of(const ArchivedImage &image)
{
    ImageContents contents{image, {}};
    for (const ArchivedLayer &layer : image.layers)
        contents.filesystem.addLayer(layer.contents ? layer.contents->entries : QList<TarEntry>());
    return contents;
}

qint64 ImageContents::layerSize(const ArchivedLayer &layer)
{
    return layer.contents ? layer.contents->stats.tarBytes : layer.blobBytes;
}

} // namespace Berth::Archive
