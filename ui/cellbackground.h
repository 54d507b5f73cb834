// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyleOptionViewItem>

class QPainter;
class QStyle;

namespace Berth::Ui {

// Paints a view cell's background only (selection, alternating rows, hover) through the
// view's style, for a delegate that draws its own content on it (a progress bar, badges).
// `cell` is the delegate's option after initStyleOption(). Returns the style it used.
QStyle *paintCellBackground(QPainter *painter, QStyleOptionViewItem cell);

} // namespace Berth::Ui
