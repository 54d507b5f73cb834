// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drophint.h"

#include "ui/droptargetmodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QDragMoveEvent>

namespace Berth::Ui {

DropHint::DropHint(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void DropHint::enableDragAndDrop(QAbstractItemView *view, bool dragRows)
{
    view->setDragEnabled(dragRows);
    view->setAcceptDrops(true);
    view->setDragDropMode(dragRows ? QAbstractItemView::DragDrop : QAbstractItemView::DropOnly);
    view->setDefaultDropAction(Qt::CopyAction);
    // Onto a row, never between two: the row is the target and shows highlighted.
    view->setDragDropOverwriteMode(true);
    view->setDropIndicatorShown(true);
}

bool DropHint::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        const auto *drag = static_cast<QDragMoveEvent *>(event);
        QModelIndex index = m_view->indexAt(drag->position().toPoint());
        const QAbstractItemModel *model = m_view->model();
        // Down through the proxies to the model that knows what a drop means.
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
            index = proxy->mapToSource(index);
            model = proxy->sourceModel();
        }
        if (const auto *target = dynamic_cast<const DropTargetModel *>(model))
            Q_EMIT hintChanged(target->planDrop(drag->mimeData(), -1, -1, index).description);
        break;
    }
    case QEvent::DragLeave:
    case QEvent::Drop:
        Q_EMIT hintChanged(QString());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Berth::Ui
