// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palettefollower.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace Berth::Ui {

PaletteFollower::PaletteFollower(QWidget *widget, Apply apply)
    : QObject(widget)
    , m_widget(widget)
    , m_apply(std::move(apply))
{
    widget->installEventFilter(this);
}

void PaletteFollower::follow(QWidget *widget, Apply apply)
{
    auto *follower = new PaletteFollower(widget, std::move(apply));
    follower->reapply();
}

void PaletteFollower::refresh(QWidget *widget)
{
    if (auto *follower =
            widget->findChild<PaletteFollower *>(QString(), Qt::FindDirectChildrenOnly))
        follower->reapply();
}

QPalette PaletteFollower::around(const QWidget *widget)
{
    if (const QWidget *parent = widget->parentWidget(); parent && !widget->isWindow())
        return parent->palette();
    return QApplication::palette(widget);
}

void PaletteFollower::reapply()
{
    // Setting the widget's palette sends it a PaletteChange of its own: not a change around.
    if (m_applying)
        return;
    m_applying = true;
    m_apply(m_widget, around(m_widget));
    m_applying = false;
}

bool PaletteFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && (event->type() == QEvent::PaletteChange ||
                                event->type() == QEvent::ApplicationPaletteChange ||
                                event->type() == QEvent::ParentChange))
        reapply();
    return QObject::eventFilter(watched, event);
}

} // namespace Berth::Ui
