// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/detailstableview.h"

#include "ui/detailsmodelroles.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMap>

namespace Berth::Ui {

DetailsTableView::DetailsTableView(QWidget *parent)
    : QTableView(parent)
    , m_copy(new QAction(tr("&Copy"), this))
    , m_copyDigest(new QAction(tr("Copy &Digest"), this))
{
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setTextElideMode(Qt::ElideMiddle); // digests differ at both ends
    setAlternatingRowColors(true);
    setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the window
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedText()); });
    m_copyDigest->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyDigest->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyDigest, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(currentDigest()); });
    addActions({m_copy, m_copyDigest});
    setContextMenuPolicy(Qt::ActionsContextMenu);
    updateActions();
}

void DetailsTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DetailsTableView::updateActions);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DetailsTableView::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &DetailsTableView::updateActions);
    updateActions();
}

QString DetailsTableView::selectedText() const
{
    if (!selectionModel())
        return {};
    // Row by row, columns in order, whatever order the cells were selected in.
    QMap<int, QMap<int, QString>> cells;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        cells[index.row()][index.column()] = index.data(Qt::DisplayRole).toString();
    if (cells.isEmpty() && currentIndex().isValid())
        cells[currentIndex().row()][currentIndex().column()] =
            currentIndex().data(Qt::DisplayRole).toString();
    QStringList lines;
    for (const auto &row : std::as_const(cells))
        lines.append(QStringList(row.values()).join(u'\t'));
    return lines.join(u'\n');
}

QString DetailsTableView::currentDigest() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(DetailsDigestRole).toString()
                             : QString();
}

void DetailsTableView::updateActions()
{
    m_copy->setEnabled(selectionModel() &&
                       (selectionModel()->hasSelection() || currentIndex().isValid()));
    m_copyDigest->setEnabled(!currentDigest().isEmpty());
}

} // namespace Berth::Ui
