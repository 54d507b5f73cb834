// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Berth::Ui {

// Paints a cell's BadgesRole as pills, side by side, with palette roles only (Badge::Tone),
// so they read in light and dark palettes alike; a cell without badges paints as usual.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Berth::Ui
