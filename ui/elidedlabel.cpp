// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/elidedlabel.h"

#include <QResizeEvent>

namespace Berth::Ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    elide();
    updateGeometry();
}

// A window opens wide enough for the whole text where it can...
QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_fullText) + margins.left() + margins.right() +
                2 * margin(),
            QLabel::sizeHint().height()};
}

// ...but the text never makes it wider: as tall as a line, as narrow as the layout wants.
QSize ElidedLabel::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const int width = contentsRect().width();
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideMiddle, width);
    setText(shown);
    setToolTip(shown == m_fullText ? QString() : m_fullText);
}

} // namespace Berth::Ui
