// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/localimagesmodel.h"

#include "base/humanformat.h"
#include "ui/imagemodelroles.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace Berth::Ui {

using Engine::ImageTagRow;

namespace {

QString rowKey(const ImageTagRow &row)
{
    return row.repository + u':' + row.tag + u'@' + row.id;
}

} // namespace

LocalImagesModel::LocalImagesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentSecsSinceEpoch())
{}

void LocalImagesModel::setNow(qint64 secondsSinceEpoch)
{
    m_now = secondsSinceEpoch;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CreatedColumn), index(rowCount() - 1, CreatedColumn));
}

void LocalImagesModel::setRows(const QList<ImageTagRow> &rows)
{
    QHash<QString, qsizetype> incoming;
    incoming.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        incoming.insert(rowKey(rows.at(i)), i);

    // Remove rows that are gone, from the bottom up, a contiguous run at a time.
    for (qsizetype last = m_rows.size() - 1; last >= 0;) {
        if (incoming.contains(rowKey(m_rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !incoming.contains(rowKey(m_rows.at(first - 1))))
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Update the rows that stay; remember which incoming rows are new.
    QList<bool> present(rows.size(), false);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const qsizetype j = incoming.value(rowKey(m_rows.at(i)));
        present[j] = true;
        if (!(m_rows.at(i) == rows.at(j))) {
            m_rows[i] = rows.at(j);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }

    QList<ImageTagRow> added;
    for (qsizetype j = 0; j < rows.size(); ++j) {
        if (!present.at(j))
            added.append(rows.at(j));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int LocalImagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LocalImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageTagRow &row = m_rows.at(index.row());
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
        return QAbstractTableModel::headerData(section, orientation, role);
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
