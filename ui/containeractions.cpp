// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/containeractions.h"

#include "ui/icons.h"
#include "ui/imagemodelroles.h"
#include "ui/rundialog.h"
#include "ui/runpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>

namespace Berth::Ui {

namespace {

const QString TerminalKey = QStringLiteral("terminal/command");
// busybox, Alpine and Debian images all have it; bash is not everywhere.
const QString Shell = QStringLiteral("/bin/sh");

QString berthctlPath()
{
    // Installed beside berth; from a build, app/ holds both.
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/berthctl");
    return QFileInfo(beside).isExecutable() ? beside : QStringLiteral("berthctl");
}

} // namespace

ContainerActions::ContainerActions(QAbstractItemView *imagesView, QWidget *window)
    : QObject(window)
    , m_imagesView(imagesView)
    , m_window(window)
    , m_runAction(new QAction(tr("&Run…"), this))
    , m_shellAction(new QAction(tr("Open S&hell"), this))
{
    m_runAction->setObjectName(QStringLiteral("runAction"));
    m_runAction->setIcon(Icons::icon(Icons::Run));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_shellAction->setObjectName(QStringLiteral("shellAction"));
    m_shellAction->setIcon(Icons::icon(Icons::Shell));
    m_shellAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_runAction, &QAction::triggered, this, &ContainerActions::askRun);
    connect(m_shellAction, &QAction::triggered, this, &ContainerActions::openShell);
    connect(m_imagesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContainerActions::updateActions);
    updateActions();
}

void ContainerActions::setConnected(bool connected)
{
    m_connected = connected;
    updateActions();
}

void ContainerActions::updateActions()
{
    const bool one = m_connected && !selectedImage().isEmpty();
    m_runAction->setEnabled(one);
    m_shellAction->setEnabled(one);
}

QString ContainerActions::selectedImage() const
{
    const QModelIndexList rows = m_imagesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ReferenceRole).toString();
}

QStringList ContainerActions::terminalCommand()
{
    const QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Berth"),
                             QStringLiteral("window"));
    const QStringList configured = QProcess::splitCommand(settings.value(TerminalKey).toString());
    return configured.isEmpty() ? QStringList{QStringLiteral("x-terminal-emulator")} : configured;
}

QStringList ContainerActions::shellCommandLine(const QString &image) const
{
    QStringList command = terminalCommand();
    command << QStringLiteral("-e") << berthctlPath() << QStringLiteral("--host")
            << m_endpoint.url() << QStringLiteral("run") << QStringLiteral("-it")
            << QStringLiteral("--rm") << image << Shell;
    return command;
}

void ContainerActions::askRun()
{
    const QString image = selectedImage();
    if (image.isEmpty())
        return;
    auto *dialog = new RunDialog(image, m_window);
    dialog->setObjectName(QStringLiteral("runDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *panel = new RunPanel(m_endpoint, dialog->spec(), m_jobs, m_window);
        panel->setObjectName(QStringLiteral("runPanel"));
        panel->setAttribute(Qt::WA_DeleteOnClose);
        panel->show();
        panel->start();
    });
    dialog->open();
}

void ContainerActions::openShell()
{
    const QString image = selectedImage();
    if (image.isEmpty())
        return;
    QStringList command = shellCommandLine(image);
    const QString program = command.takeFirst();
    // Detached: the shell outlives nothing of Berth's, and Berth waits for nothing.
    if (QProcess::startDetached(program, command))
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Open Shell"),
        tr("Could not start the terminal '%1'. Choose another with the setting %2 in Berth's "
           "window settings.")
            .arg(program, TerminalKey),
        QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("shellFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Berth::Ui
