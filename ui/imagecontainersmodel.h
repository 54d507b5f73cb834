// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/imagedetails.h"
#include "ui/keyedtablemodel.h"

namespace Berth::Ui {

// The containers made from a local image, with their state. Updated by difference (keyed
// by container id), so a Stop or Remove that reloads the list keeps the selection.
class ImageContainersModel final : public KeyedTableModel<ContainerInfo>
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, StateColumn, StatusColumn, ColumnCount };

    using KeyedTableModel::KeyedTableModel;

    void setContainers(const QList<ContainerInfo> &containers) { replaceRows(containers); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString rowKey(const ContainerInfo &row) const override { return row.id; }
};

} // namespace Berth::Ui
