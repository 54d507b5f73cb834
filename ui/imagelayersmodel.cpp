// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagelayersmodel.h"

#include "base/humanformat.h"
#include "ui/detailsmodelroles.h"

namespace Berth::Ui {

namespace {
QVariant rawValue(const LayerInfo &layer, int column)
{
    switch (column) {
    case ImageLayersModel::DigestColumn:
        return layer.digest;
    case ImageLayersModel::CompressedColumn:
        return layer.compressedSize;
    case ImageLayersModel::UncompressedColumn:
        return layer.uncompressedSize;
    case ImageLayersModel::MediaTypeColumn:
        return layer.mediaType;
    default:
        return {};
    }
}
} // namespace

QStringList ImageLayersModel::headers() const
{
    return {tr("Digest"), tr("Compressed"), tr("Uncompressed"), tr("Media type")};
}

QVariant ImageLayersModel::data(const QModelIndex &index, int role) const
{
    const LayerInfo *layer = rowAt(index);
    if (!layer)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant raw = rawValue(*layer, index.column());
        if (index.column() != CompressedColumn && index.column() != UncompressedColumn)
            return raw;
        return raw.toLongLong() < 0 ? tr("not known") : HumanFormat::localeSize(raw.toLongLong());
    }
    case Qt::ToolTipRole:
        if (index.column() == DigestColumn && !layer->diffId.isEmpty() &&
            layer->diffId != layer->digest)
            return tr("Uncompressed content: %1").arg(layer->diffId);
        return {};
    case DetailsRawRole:
        return rawValue(*layer, index.column());
    case DetailsDigestRole:
        return layer->digest;
    default:
        return {};
    }
}

} // namespace Berth::Ui
