// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagetableview.h"

#include "base/humanformat.h"
#include "ui/badgedelegate.h"
#include "ui/columnfitter.h"
#include "ui/drifttext.h"
#include "ui/localimagesmodel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
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
    auto *fitter =
        new ColumnFitter(view, view->horizontalHeader(), LocalImagesModel::RepositoryColumn);
    // The age of an image grows while it is shown ("9 seconds ago", then "10 seconds ago")
    // without rows coming or going: room for its longest forms from the start, so a later
    // text is not cut.
    const QFontMetrics metrics(view->font());
    int ageWidth = 0;
    for (const qint64 seconds : {59LL, 59LL * 60, 23LL * 3600, 6LL * 86400, 4LL * 7 * 86400,
                                 11LL * 30 * 86400, 99LL * 365 * 86400})
        ageWidth = qMax(ageWidth, metrics.horizontalAdvance(HumanFormat::age(0, seconds)));
    const int padding =
        2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) +
        view->fontMetrics().averageCharWidth() * 2;
    fitter->setMinimumWidth(LocalImagesModel::CreatedColumn, ageWidth + padding);
    // The drift state arrives after the rows, and changes: room for its longest word.
    int driftWidth = metrics.horizontalAdvance(DriftText::checking());
    for (const auto state : {Registry::DriftState::InSync, Registry::DriftState::Behind,
                             Registry::DriftState::LocalOnly, Registry::DriftState::Unknown})
        driftWidth = qMax(driftWidth, metrics.horizontalAdvance(DriftText::label(state)));
    // ... drawn as a pill, its ends as wide as a line is high.
    fitter->setMinimumWidth(LocalImagesModel::DriftColumn,
                            driftWidth + metrics.height() + 2 + padding);
    view->setItemDelegateForColumn(LocalImagesModel::DriftColumn, new BadgeDelegate(view));
}

} // namespace Berth::Ui
