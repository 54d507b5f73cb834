// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"

#include <QObject>
#include <QStringList>

class QAbstractItemView;
class QAction;
class QWidget;

namespace Berth::Jobs {
class JobQueue;
}

namespace Berth::Ui {

// The Image menu's ways to try an image: Run… (a dialog, then the container's output and
// exit code in a panel) and Open Shell, which runs `berthctl run -it --rm IMAGE SHELL` in
// the user's terminal emulator: a real terminal does what a widget would half-emulate.
class ContainerActions final : public QObject
{
    Q_OBJECT

public:
    ContainerActions(QAbstractItemView *imagesView, QWidget *window);

    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    void setConnected(bool connected);
    // Where Run… pulls an image the engine lacks, as a job; without it, nothing is pulled.
    void setJobQueue(Jobs::JobQueue *jobs) { m_jobs = jobs; }

    QAction *runAction() const { return m_runAction; }
    QAction *shellAction() const { return m_shellAction; }
    QList<QAction *> actions() const { return {m_runAction, m_shellAction}; }

    // The terminal command: the setting "terminal/command" of Berth's window settings,
    // else x-terminal-emulator (Debian's choice of the user's terminal); the command to
    // run follows its -e.
    static QStringList terminalCommand();
    // The program and arguments Open Shell starts for `image`.
    QStringList shellCommandLine(const QString &image) const;

private:
    QString selectedImage() const;
    void updateActions();
    void askRun();
    void openShell();

    QAbstractItemView *m_imagesView;
    QWidget *m_window;
    Engine::EngineEndpoint m_endpoint;
    Jobs::JobQueue *m_jobs = nullptr;
    QAction *m_runAction;
    QAction *m_shellAction;
    bool m_connected = false;
};

} // namespace Berth::Ui
