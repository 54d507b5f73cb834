// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/imagemodelroles.h"
#include "ui/mainwindow.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace TestUi {

// Selects the images table's row of `reference`, as a click would.
inline bool selectImage(Berth::Ui::MainWindow &window, const QString &reference)
{
    auto *view = window.findChild<QTableView *>(QStringLiteral("localImagesView"));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(Berth::Ui::ReferenceRole).toString() == reference) {
            view->setFocus();
            view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

} // namespace TestUi
