// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visiblerowswatcher.h"

#include <QEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace Berth::Ui {

VisibleRowsWatcher::VisibleRowsWatcher(QTableView *view)
    : QObject(view)
    , m_view(view)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &VisibleRowsWatcher::changed);
    const auto later = [this] {
        m_timer->start();
    };
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    view->viewport()->installEventFilter(this);
}

bool VisibleRowsWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_timer->start();
    return QObject::eventFilter(watched, event);
}

std::pair<int, int> VisibleRowsWatcher::visibleRows() const
{
    const int count = m_view->model()->rowCount();
    if (count == 0 || !m_view->isVisible())
        return {0, -1};
    const int first = qMax(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = count - 1;
    return {first, last};
}

} // namespace Berth::Ui
