// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/layerfiletree.h"

#include <QAbstractItemModel>

namespace Berth::Ui {

// A LayerFileTree as columns Name, Size, Layer (the last that wrote it) and Change (what
// the chosen layer did: added, changed, removed, also shown bold or struck out).
class LayerFilesModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, LayerColumn, ChangeColumn, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit LayerFilesModel(QObject *parent = nullptr);

    // Replaces the whole tree at once: one reset, whatever its size.
    void setTree(LayerFileTree tree);
    const LayerFileTree &tree() const { return m_tree; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int nodeOf(const QModelIndex &index) const;

    LayerFileTree m_tree;
    QList<int> m_rowInParent; // each node's row among its parent's children
};

} // namespace Berth::Ui
