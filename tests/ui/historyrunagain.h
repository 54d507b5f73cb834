// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/jobmodelroles.h"
#include "ui/jobsdock.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QTest>
#include <QTreeView>

namespace TestUi {

// Runs job `id` again from the Jobs panel's History, as Run Again does on its row: shows the
// tab, waits for the row (the history is written after the job ends), selects it and
// triggers the action. The row's title, or empty when the row never showed (`patience` is
// a hang guard) or Run Again stayed off.
inline QString runAgainFromHistory(Berth::Ui::JobsDock *dock, const QString &id, int patience)
{
    dock->showHistory();
    QTreeView *history = dock->historyView();
    QPersistentModelIndex row;
    const bool shown = QTest::qWaitFor(
        [&] {
            const QAbstractItemModel *model = history->model();
            for (int i = 0; i < model->rowCount(); ++i) {
                if (model->index(i, 0).data(Berth::Ui::JobIdRole).toString() == id)
                    row = model->index(i, 0);
            }
            return row.isValid();
        },
        patience);
    if (!shown)
        return {};
    history->setCurrentIndex(row);
    history->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    if (!QTest::qWaitFor([dock] { return dock->runAgainAction()->isEnabled(); }, patience))
        return {};
    const QString title = row.data().toString();
    dock->runAgainAction()->trigger();
    return title;
}

} // namespace TestUi
