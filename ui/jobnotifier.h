// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobrecord.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace Berth::Ui {

// Tells the user that a job ended while they were looking elsewhere: a message from the
// system tray where the desktop has one, else QApplication::alert on the window (the
// taskbar entry flashes or bounces). Nothing is said while the window is active, nor for
// a job the user cancelled. The tray icon goes away when the window is active again.
class JobNotifier final : public QObject
{
    Q_OBJECT

public:
    // window: the top-level whose activity decides; it must outlive the notifier.
    explicit JobNotifier(QWidget *window, QObject *parent = nullptr);

    // For JobQueue::jobFinished.
    void jobFinished(const Berth::Jobs::JobRecord &record);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Emitted for every notification, whichever way it reached the user.
    void notified(const QString &title, const QString &text);

private:
    QWidget *m_window;
    QPointer<QSystemTrayIcon> m_tray; // made on the first message, where a tray exists
};

} // namespace Berth::Ui
