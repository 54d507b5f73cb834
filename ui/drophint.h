// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;

namespace Berth::Ui {

// Says, while something is dragged over a view, what dropping it on the row under the
// pointer would do or why it cannot ("Retag alpine:3.19 as 127.0.0.1:5000/team/alpine:3.19
// and push"): the view's model (through its proxies) is a DropTargetModel. The view itself
// highlights the row and refuses the drop; this only finds the words.
class DropHint final : public QObject
{
    Q_OBJECT

public:
    // Watches the view's viewport; parented to the view.
    explicit DropHint(QAbstractItemView *view);
    // Makes the view take drops on its rows (highlighted while dragging) and, with
    // `dragRows`, drag its selected rows; always a copy, never a move.
    static void enableDragAndDrop(QAbstractItemView *view, bool dragRows);

Q_SIGNALS:
    // The words for the row under the pointer; empty when the drag left or was dropped.
    void hintChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
};

} // namespace Berth::Ui
