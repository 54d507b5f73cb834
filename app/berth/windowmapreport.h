// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Berth::Ui {
class MainWindow;
}

// For tests that drive the real window with the pointer (tests/ui/drag_xvfb.sh,
// BERTH_WINDOW_MAP set): after each paint, writes to that file (JSON, replaced whole) the
// screen points of what a test aims at: the center's page, the rows of the Sources tree,
// the local images' rows and a repository's tags on screen, and the status bar's message. Nothing
// else changes; a test waits for the row it needs to be listed instead of sleeping.
class WindowMapReport final : public QObject
{
public:
    WindowMapReport(Berth::Ui::MainWindow *window, QString path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void write();

    Berth::Ui::MainWindow *m_window;
    QString m_path;
    QTimer *m_later;
};
