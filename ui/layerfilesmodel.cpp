// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layerfilesmodel.h"

#include "base/humanformat.h"

#include <QFont>

namespace Berth::Ui {

using Change = LayerFileTree::Change;

LayerFilesModel::LayerFilesModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_tree.nodes.append(LayerFileTree::Node{});
    m_rowInParent.append(0);
}

void LayerFilesModel::setTree(LayerFileTree tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    if (m_tree.nodes.isEmpty())
        m_tree.nodes.append(LayerFileTree::Node{});
    m_rowInParent = QList<int>(m_tree.nodes.size(), 0);
    for (const LayerFileTree::Node &node : std::as_const(m_tree.nodes))
        for (qsizetype row = 0; row < node.children.size(); ++row)
            m_rowInParent[node.children.at(row)] = int(row);
    endResetModel();
}

int LayerFilesModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex LayerFilesModel::index(int row, int column, const QModelIndex &parent) const
{
    const auto &children = m_tree.nodes.at(nodeOf(parent)).children;
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex LayerFilesModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node == 0)
        return {};
    const int parent = m_tree.nodes.at(node).parent;
    if (parent <= 0)
        return {};
    return createIndex(m_rowInParent.at(parent), 0, quintptr(parent));
}

int LayerFilesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_tree.nodes.at(nodeOf(parent)).children.size());
}

int LayerFilesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LayerFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const LayerFileTree::Node &node = m_tree.nodes.at(nodeOf(index));
    if (role == PathRole)
        return node.path;
    if (role == Qt::FontRole && node.change != Change::None) {
        QFont font;
        font.setBold(node.change != Change::Removed);
        font.setStrikeOut(node.change == Change::Removed);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn) {
        if (node.entry.type == Archive::EntryType::Symlink)
            return tr("%1 → %2").arg(node.path, node.entry.linkTarget);
        return node.path;
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return node.name;
    case SizeColumn:
        return HumanFormat::localeSize(node.totalSize);
    case LayerColumn:
        return node.lastLayer < 0 ? QString() : QString::number(node.lastLayer + 1);
    case ChangeColumn:
        switch (node.change) {
        case Change::Added:
            return tr("added");
        case Change::Changed:
            return tr("changed");
        case Change::Removed:
            return tr("removed");
        case Change::None:
            break;
        }
        return QString();
    default:
        return {};
    }
}

QVariant LayerFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case LayerColumn:
        return tr("Layer");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace Berth::Ui
