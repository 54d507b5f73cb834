// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cellbackground.h"

#include <QApplication>
#include <QStyle>

namespace Berth::Ui {

QStyle *paintCellBackground(QPainter *painter, QStyleOptionViewItem cell)
{
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    cell.text.clear();
    cell.icon = {};
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);
    return style;
}

} // namespace Berth::Ui
