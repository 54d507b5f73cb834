// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobnotifier.h"

#include <QApplication>
#include <QEvent>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Berth::Ui {

using Jobs::JobState;

namespace {

constexpr int MessageMilliseconds = 8000;

} // namespace

JobNotifier::JobNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_window->installEventFilter(this);
}

bool JobNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::ActivationChange && m_tray &&
        m_window->isActiveWindow())
        m_tray->hide();
    return QObject::eventFilter(watched, event);
}

void JobNotifier::jobFinished(const Jobs::JobRecord &record)
{
    if (record.state == JobState::Cancelled || m_window->isActiveWindow())
        return;

    const bool failed = record.state != JobState::Succeeded;
    const QString title = failed ? tr("Job failed: %1").arg(record.spec.title())
                                 : tr("Job done: %1").arg(record.spec.title());
    const QString text = record.error ? record.error->message() : Jobs::stateText(record.state);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            // A click on the message or the icon brings the window back.
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, &QWidget::activateWindow);
            connect(m_tray, &QSystemTrayIcon::activated, m_window, &QWidget::activateWindow);
        }
        m_tray->show();
        m_tray->showMessage(title, text,
                            failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            MessageMilliseconds);
    } else {
        QApplication::alert(m_window);
    }
    Q_EMIT notified(title, text);
}

} // namespace Berth::Ui
