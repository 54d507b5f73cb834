// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <utility>

class QTimer;
class QTableView;

namespace Berth::Ui {

// Tells when the rows a table shows may have changed (scrolling, a resize, rows added,
// removed or sorted, the table shown), once per turn of the event loop however many of
// those come together, so that work for the rows on screen (and only those) can follow.
class VisibleRowsWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit VisibleRowsWatcher(QTableView *view);

    QTableView *view() const { return m_view; }
    // The first and last rows of the view's model on screen; last < first when none is
    // (no rows, or the table is not shown).
    std::pair<int, int> visibleRows() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    QTimer *m_timer;
};

} // namespace Berth::Ui
