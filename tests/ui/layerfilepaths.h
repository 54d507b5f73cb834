// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/layerfilesmodel.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace TestUi {

// The paths of a layer file tree, depth first.
inline QStringList layerFilePaths(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList all;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        all.append(index.data(Berth::Ui::LayerFilesModel::PathRole).toString());
        all += layerFilePaths(model, index);
    }
    return all;
}

} // namespace TestUi
