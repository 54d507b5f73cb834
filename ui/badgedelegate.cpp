// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/badgedelegate.h"

#include "ui/badge.h"
#include "ui/cellbackground.h"

#include <QIcon>
#include <QPainter>

namespace Berth::Ui {

namespace {

constexpr int Gap = 4;

struct PillColors
{
    QColor fill;
    QColor text;
    QColor edge; // invalid: none
};

// In a selected row the Highlight is the cell's own background: the accent pill turns
// round (HighlightedText fill, Highlight text) to stay visible.
PillColors colorsOf(Badge::Tone tone, const QPalette &palette, bool selected)
{
    switch (tone) {
    case Badge::Tone::Accent:
        if (selected)
            return {
                palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight), {}};
        return {palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText), {}};
    case Badge::Tone::Neutral:
        return {palette.color(QPalette::AlternateBase), palette.color(QPalette::Text),
                palette.color(QPalette::Mid)};
    case Badge::Tone::Outline:
        break;
    }
    return {palette.color(QPalette::Base), palette.color(QPalette::Text),
            palette.color(QPalette::Mid)};
}

int pillHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 2;
}

int pillWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + pillHeight(metrics);
}

} // namespace

BadgeDelegate::BadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const auto badges = index.data(BadgesRole).value<Badges>();
    if (badges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background first, so selection and alternating rows still show.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    paintCellBackground(painter, cell);

    const bool selected = option.state & QStyle::State_Selected;
    const QFontMetrics metrics(option.font);
    const int height = qMin(pillHeight(metrics), option.rect.height() - 2);
    const QRect content = option.rect.adjusted(Gap, 0, -Gap, 0);
    int x = option.direction == Qt::RightToLeft ? content.right() : content.left();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    painter->setFont(option.font);
    // The cell's icon (Docker Hub's verified seal) before the pills, in the palette's colours.
    if (!cell.icon.isNull()) {
        const QSize size = cell.decorationSize;
        QRect iconRect(QPoint(0, option.rect.top() + (option.rect.height() - size.height()) / 2),
                       size);
        if (option.direction == Qt::RightToLeft)
            iconRect.moveRight(x);
        else
            iconRect.moveLeft(x);
        cell.icon.paint(painter, iconRect, Qt::AlignCenter,
                        selected ? QIcon::Selected : QIcon::Normal);
        x = option.direction == Qt::RightToLeft ? x - size.width() - Gap
                                                : x + size.width() + Gap;
    }
    for (const Badge &badge : badges) {
        const int width = pillWidth(metrics, badge.text);
        if (option.direction == Qt::RightToLeft)
            x -= width;
        QRectF pill(x, option.rect.top() + (option.rect.height() - height) / 2.0, width, height);
        pill.adjust(0.5, 0.5, -0.5, -0.5);
        const PillColors colors = colorsOf(badge.tone, option.palette, selected);
        painter->setPen(colors.edge.isValid() ? QPen(colors.edge, 1) : QPen(Qt::NoPen));
        painter->setBrush(colors.fill);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter->setPen(colors.text);
        painter->drawText(pill, Qt::AlignCenter, badge.text);
        x = option.direction == Qt::RightToLeft ? x - Gap : x + width + Gap;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    const auto badges = index.data(BadgesRole).value<Badges>();
    if (badges.isEmpty())
        return text;
    const QFontMetrics metrics(option.font);
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    int width = Gap + (cell.icon.isNull() ? 0 : cell.decorationSize.width() + Gap);
    for (const Badge &badge : badges)
        width += pillWidth(metrics, badge.text) + Gap;
    return {qMax(width, text.width()), qMax(pillHeight(metrics) + 2, text.height())};
}

} // namespace Berth::Ui
