// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"
#include "archive/imageconfig.h"
#include "archive/layercontents.h"

#include <QCoreApplication>

#include <functional>

namespace Berth::Archive {

class LayerCache;

struct ArchivedLayer
{
    QString archivePath; // where it sits in the archive: "abc.../layer.tar", "blobs/sha256/..."
    QString digest;      // what names it in the cache: the blob's digest, else its diff ID
    qint64 blobBytes = 0;
    SharedLayerContents contents; // null when only the preview was asked for
};

struct ArchivedImage
{
    QStringList repoTags;
    QString configPath;
    ImageConfig config;
    QList<ArchivedLayer> layers;
};

// An image archive as `docker save` writes it (manifest.json, each layer a tar of its own)
// or as an OCI layout (index.json and blobs/sha256), read as one stream: from a file, or
// from the engine's /images/get as it arrives. Layers are listed in passing, never
// extracted; the images come from manifest.json, else index.json.
class ImageArchiveReader final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Archive::ImageArchiveReader)

public:
    struct Options
    {
        bool listLayers = true; // false: only the images, tags and sizes (a load's preview)
        LayerCache *cache = nullptr;
        // Called after each entry of the archive with the archive bytes read so far.
        std::function<void(qint64)> progress;
    };

    // The archive may be gzip, xz or zstd compressed as a whole (a saved .tar.gz).
    static Result<QList<ArchivedImage>> read(ByteSource *archive, const Options &options);
};

} // namespace Berth::Archive
