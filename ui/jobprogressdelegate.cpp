// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobprogressdelegate.h"

#include "ui/cellbackground.h"
#include "ui/jobmodelroles.h"

#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Berth::Ui {

namespace {

constexpr int Steps = 1000;

} // namespace

JobProgressDelegate::JobProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant value = index.data(FractionRole);
    if (!value.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = option.widget;
    // The cell's background first, so selection and alternating rows still show.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    QStyle *style = paintCellBackground(painter, cell);

    const double fraction = value.toDouble();
    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    // Qt 6 reads the orientation from the state: without State_Horizontal the style draws
    // a vertical bar, which in a row's height shows no fill at all.
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.rect = option.rect.adjusted(1, 2, -1, -2);
    bar.minimum = 0;
    bar.maximum = Steps;
    bar.progress = fraction < 0 ? 0 : int(fraction * Steps);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = !bar.text.isEmpty();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace Berth::Ui
