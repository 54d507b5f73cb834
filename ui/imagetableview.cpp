// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagetableview.h"

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
    auto *header = view->horizontalHeader();
    header->setSectionResizeMode(LocalImagesModel::RepositoryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LocalImagesModel::TagColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LocalImagesModel::IdColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LocalImagesModel::CreatedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LocalImagesModel::SizeColumn, QHeaderView::ResizeToContents);
}

} // namespace Berth::Ui
