// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/indexplatformsmodel.h"

#include "base/humanformat.h"
#include "ui/detailsmodelroles.h"

namespace Berth::Ui {

namespace {
QVariant rawValue(const PlatformEntry &entry, int column)
{
    switch (column) {
    case IndexPlatformsModel::PlatformColumn:
        return entry.platform;
    case IndexPlatformsModel::DigestColumn:
        return entry.digest;
    case IndexPlatformsModel::SizeColumn:
        return entry.size;
    case IndexPlatformsModel::MediaTypeColumn:
        return entry.mediaType;
    default:
        return {};
    }
}
} // namespace

QStringList IndexPlatformsModel::headers() const
{
    return {tr("Platform"), tr("Digest"), tr("Manifest size"), tr("Media type")};
}

QVariant IndexPlatformsModel::data(const QModelIndex &index, int role) const
{
    const PlatformEntry *entry = rowAt(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != SizeColumn)
            return rawValue(*entry, index.column());
        return entry->size < 0 ? tr("not known") : HumanFormat::localeSize(entry->size);
    case Qt::ToolTipRole:
        return tr("Open this platform's details (Enter or double-click)");
    case DetailsRawRole:
        return rawValue(*entry, index.column());
    case DetailsDigestRole:
        return entry->digest;
    default:
        return {};
    }
}

} // namespace Berth::Ui
