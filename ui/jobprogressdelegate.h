// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Berth::Ui {

// Draws a progress column as the style's progress bar, with the cell's text on it. Reads
// FractionRole; while the size is unknown (-1) the bar is drawn empty rather than busy,
// since a busy bar would need the view repainted continuously on the GUI thread.
class JobProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit JobProgressDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Berth::Ui
