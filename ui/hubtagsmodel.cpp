// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hubtagsmodel.h"

#include "base/humanformat.h"
#include "hub/hubratelimitprobe.h"
#include "ui/imagerefsmime.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>

namespace Berth::Ui {

HubTagsModel::HubTagsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HubTagsModel::setTags(const QString &repository, const QList<Hub::HubTag> &tags)
{
    beginResetModel();
    m_repository = repository;
    m_tags = tags;
    endResetModel();
}

int HubTagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int HubTagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubTagsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tags.size())
        return {};
    const Hub::HubTag &tag = m_tags.at(index.row());
    if (role == ReferenceRole)
        return QString(m_repository + u':' + tag.name);
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == PlatformsColumn) {
        QStringList lines;
        for (const Hub::HubTagImage &image : tag.images)
            lines.append(
                tr("%1: %2, %3")
                    .arg(image.platform(), HumanFormat::localeSize(image.size), image.digest));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TagColumn:
        return tag.name;
    case SizeColumn:
        return HumanFormat::localeSize(tag.fullSize);
    case PlatformsColumn: {
        QStringList platforms;
        for (const Hub::HubTagImage &image : tag.images)
            platforms.append(image.platform());
        return platforms.join(QStringLiteral(", "));
    }
    case PushedColumn:
        return tag.lastPushed.isValid() ? HumanFormat::age(tag.lastPushed.toSecsSinceEpoch(),
                                                           QDateTime::currentSecsSinceEpoch())
                                        : QString();
    case DigestColumn:
        return tag.digest;
    default:
        return {};
    }
}

QVariant HubTagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case SizeColumn:
        return tr("Size");
    case PlatformsColumn:
        return tr("Platforms");
    case PushedColumn:
        return tr("Pushed");
    case DigestColumn:
        return tr("Digest");
    default:
        return {};
    }
}

Qt::ItemFlags HubTagsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) |
           (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList HubTagsModel::mimeTypes() const
{
    return {ImageRefsPayload::mimeType()};
}

QMimeData *HubTagsModel::mimeData(const QModelIndexList &indexes) const
{
    // Docker Hub, or the registry that stands for it (HubPanel::pullReference()).
    const QString registry = Hub::HubRateLimitProbe::defaultRegistry();
    return ImageRefsPayload::rowsToMimeData(
        ImageRefsPayload::SourceKind::Registry, registry, indexes,
        [this, &registry](const QModelIndex &index) -> std::optional<ImageRefsPayload::Image> {
            if (index.row() >= m_tags.size())
                return std::nullopt;
            const Hub::HubTag &tag = m_tags.at(index.row());
            ImageRefsPayload::Image image;
            image.reference = registry + u'/' + m_repository + u':' + tag.name;
            image.digest = tag.digest;
            for (const Hub::HubTagImage &platform : tag.images)
                image.platforms.append(platform.platform());
            image.index = tag.images.size() > 1;
            return image;
        });
}

Qt::DropActions HubTagsModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace Berth::Ui
