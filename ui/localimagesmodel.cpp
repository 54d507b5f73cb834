// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/localimagesmodel.h"

#include "base/humanformat.h"
#include "ui/imagemodelroles.h"

#include <QDateTime>
#include <QLocale>

namespace Berth::Ui {

using Engine::ImageTagRow;

QString LocalImagesModel::rowKey(const ImageTagRow &row) const
{
    return row.repository + u':' + row.tag + u'@' + row.id;
}

LocalImagesModel::LocalImagesModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_now(QDateTime::currentSecsSinceEpoch())
{}

void LocalImagesModel::setNow(qint64 secondsSinceEpoch)
{
    m_now = secondsSinceEpoch;
    columnChanged(CreatedColumn);
}

void LocalImagesModel::setRows(const QList<ImageTagRow> &rows)
{
    replaceRows(rows);
}

int LocalImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageTagRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RepositoryColumn:
            return row.repository;
        case TagColumn:
            return row.tag;
        case IdColumn:
            return HumanFormat::shortId(row.id);
        case CreatedColumn:
            return HumanFormat::age(row.created, m_now);
        case SizeColumn:
            return HumanFormat::size(row.size);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return row.created;
        case SizeColumn:
            return row.size;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IdColumn:
            return row.id;
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(row.created),
                                      QLocale::LongFormat);
        case SizeColumn:
            return tr("%L1 bytes").arg(row.size);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ImageIdRole:
        return row.id;
    case ReferenceRole:
        return row.tag == u"<none>" ? row.id : row.repository + u':' + row.tag;
    }
    return {};
}

QVariant LocalImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel::headerData(section, orientation, role);
    switch (section) {
    case RepositoryColumn:
        return tr("Repository");
    case TagColumn:
        return tr("Tag");
    case IdColumn:
        return tr("Image ID");
    case CreatedColumn:
        return tr("Created");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace Berth::Ui
