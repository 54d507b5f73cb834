// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/imagearchive.h"

#include "archive/layercache.h"
#include "archive/libarchivefeed.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <optional>

namespace Berth::Archive {

namespace {

// Small JSON documents (manifests, configs, index.json) are kept; nothing larger is.
constexpr la_int64_t MaxMetadataBytes = 16 * 1024 * 1024;

// The data of the outer archive's current entry, as a source for the layer reader.
class EntrySource final : public ByteSource
{
public:
    explicit EntrySource(archive *outer)
        : m_outer(outer)
    {}
    Result<QByteArrayView> next() override
    {
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int status = archive_read_data_block(m_outer, &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            return QByteArrayView();
        if (status < ARCHIVE_WARN || offset != m_consumed) {
            const char *reason = archive_error_string(m_outer);
            return Error(ErrorKind::Invalid,
                         ImageArchiveReader::tr("the image archive is damaged or cut short (%1)")
                             .arg(reason ? QString::fromUtf8(reason) : QStringLiteral("sparse")));
        }
        m_consumed += qint64(size);
        return QByteArrayView(static_cast<const char *>(block), qsizetype(size));
    }

private:
    archive *m_outer;
};

bool looksLikeLayer(const QString &path, QByteArrayView head)
{
    if (!path.endsWith(QLatin1String("/layer.tar")) && !path.startsWith(QLatin1String("blobs/")))
        return false;
    if (compressionFromMagic(head) == Compression::Gzip ||
        compressionFromMagic(head) == Compression::Zstd)
        return true;
    return head.size() >= 262 && head.sliced(257, 5) == "ustar";
}

QString digestOfBlobPath(const QString &path)
{
    static const QString prefix = QStringLiteral("blobs/sha256/");
    return path.startsWith(prefix) ? QStringLiteral("sha256:") + path.sliced(prefix.size())
                                   : QString();
}

QString blobPath(const QString &digest)
{
    return QStringLiteral("blobs/") + QString(digest).replace(u':', u'/');
}

struct Collected
{
    QHash<QString, QByteArray> metadata;
    QHash<QString, qint64> sizes;
    QHash<QString, SharedLayerContents> layers;
};

ArchivedLayer layerAt(const Collected &collected, const QString &path, const QString &diffId)
{
    ArchivedLayer layer;
    layer.archivePath = path;
    layer.digest = digestOfBlobPath(path);
    if (layer.digest.isEmpty())
        layer.digest = diffId;
    layer.blobBytes = collected.sizes.value(path);
    layer.contents = collected.layers.value(path);
    return layer;
}

// docker save's manifest.json: [{"Config": ..., "RepoTags": [...], "Layers": [...]}].
QList<ArchivedImage> imagesFromManifest(const Collected &collected)
{
    QList<ArchivedImage> images;
    const QJsonArray manifest =
        QJsonDocument::fromJson(collected.metadata.value(QStringLiteral("manifest.json"))).array();
    for (const QJsonValue &value : manifest) {
        const QJsonObject object = value.toObject();
        ArchivedImage image;
        image.configPath = object.value(QStringLiteral("Config")).toString();
        image.config = ImageConfig::fromJson(collected.metadata.value(image.configPath));
        for (const QJsonValue &tag : object.value(QStringLiteral("RepoTags")).toArray())
            image.repoTags.append(tag.toString());
        const QJsonArray layers = object.value(QStringLiteral("Layers")).toArray();
        for (qsizetype i = 0; i < layers.size(); ++i)
            image.layers.append(
                layerAt(collected, layers.at(i).toString(), image.config.diffIds.value(i)));
        images.append(image);
    }
    return images;
}

// An OCI layout's index.json: each manifest's blob names its config and layers.
QList<ArchivedImage> imagesFromIndex(const Collected &collected)
{
    QList<ArchivedImage> images;
    const QJsonObject index =
        QJsonDocument::fromJson(collected.metadata.value(QStringLiteral("index.json"))).object();
    for (const QJsonValue &value : index.value(QStringLiteral("manifests")).toArray()) {
        const QJsonObject descriptor = value.toObject();
        const QJsonObject manifest =
            QJsonDocument::fromJson(collected.metadata.value(blobPath(
                                        descriptor.value(QStringLiteral("digest")).toString())))
                .object();
        ArchivedImage image;
        const QString tag = descriptor.value(QStringLiteral("annotations"))
                                .toObject()
                                .value(QStringLiteral("io.containerd.image.name"))
                                .toString();
        if (!tag.isEmpty())
            image.repoTags.append(tag);
        image.configPath = blobPath(manifest.value(QStringLiteral("config"))
                                        .toObject()
                                        .value(QStringLiteral("digest"))
                                        .toString());
        image.config = ImageConfig::fromJson(collected.metadata.value(image.configPath));
        const QJsonArray layers = manifest.value(QStringLiteral("layers")).toArray();
        for (qsizetype i = 0; i < layers.size(); ++i)
            image.layers.append(layerAt(
                collected,
                blobPath(layers.at(i).toObject().value(QStringLiteral("digest")).toString()),
                image.config.diffIds.value(i)));
        images.append(image);
    }
    return images;
}

} // namespace

Result<QList<ArchivedImage>> ImageArchiveReader::read(ByteSource *source, const Options &options)
{
    LibarchiveFeed feed(source, true);
    archive *outer = feed.reader();
    const auto failed = [&feed] {
        return feed.failure(tr("the image archive"));
    };
    if (!feed.open())
        return failed();
    Collected collected;
    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(outer, &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return failed();
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        auto path =
            LayerReader::normalizedPath(QByteArrayView(archive_entry_pathname(entry)), 4096);
        if (!path)
            return path.error();
        const la_int64_t size = archive_entry_size(entry);
        collected.sizes.insert(*path, size);
        EntrySource data(outer);
        // The first 512 bytes tell a layer (a tar, gzip or zstd) from a JSON document.
        QByteArray head;
        for (;;) {
            auto piece = data.next();
            if (!piece)
                return piece.error();
            head.append(*piece);
            if (piece->isEmpty() || head.size() >= 512)
                break;
        }
        if (looksLikeLayer(*path, head)) {
            if (!options.listLayers)
                continue;
            const QString digest = digestOfBlobPath(*path);
            if (options.cache)
                if (auto cached = options.cache->find(digest)) {
                    collected.layers.insert(*path, cached);
                    continue;
                }
            auto contents = std::make_shared<LayerContents>();
            PrefixedByteSource layerBytes(head, &data);
            auto stats = LayerReader::read(&layerBytes, [&contents](const TarEntry &e) {
                contents->entries.append(e);
                return true;
            });
            if (!stats)
                return stats.error().withContext(*path);
            contents->stats = *stats;
            collected.layers.insert(*path, contents);
        } else if (size <= MaxMetadataBytes) {
            QByteArray bytes = head;
            for (qsizetype got = head.size(); got > 0 && bytes.size() < size;) {
                auto piece = data.next();
                if (!piece)
                    return piece.error();
                got = piece->size();
                bytes.append(*piece);
            }
            collected.metadata.insert(*path, bytes);
        }
        if (options.progress)
            options.progress(source->consumed());
    }
    QList<ArchivedImage> images = collected.metadata.contains(QStringLiteral("manifest.json"))
                                      ? imagesFromManifest(collected)
                                      : imagesFromIndex(collected);
    if (images.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("the archive holds no image: neither a manifest.json nor an "
                        "index.json that names one"));
    if (options.cache)
        for (const ArchivedImage &image : images)
            for (const ArchivedLayer &layer : image.layers)
                options.cache->insert(layer.digest, layer.contents);
    return images;
}

} // namespace Berth::Archive
