// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagetableview.h"

#include "ui/columnfitter.h"
#include "ui/localimagesmodel.h"

#include <QHeaderView>
#include <QTableView>

namespace Berth::Ui {

void setupImageTableView(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->sortByColumn(LocalImagesModel::RepositoryColumn, Qt::AscendingOrder);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    new ColumnFitter(view, view->horizontalHeader(), LocalImagesModel::RepositoryColumn);
}

} // namespace Berth::Ui
