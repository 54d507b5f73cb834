// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sandboxengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

namespace Berth::Ui {

bool SandboxConfig::isAvailable() const
{
    return !script.isEmpty() && !stateDir.isEmpty() && QFileInfo(script).isFile();
}

SandboxEngine::SandboxEngine(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

void SandboxEngine::start()
{
    if (m_process)
        return;
    QDir().mkpath(m_config.stateDir);
    // The socket is made group-owned by the user's group so the user can open it.
    QString groupName;
    bool needsSudo = false;
#ifdef Q_OS_UNIX
    if (const struct group *group = ::getgrgid(::getgid()))
        groupName = QString::fromLocal8Bit(group->gr_name);
    needsSudo = ::geteuid() != 0;
#endif

    QStringList args{m_config.script, QStringLiteral("start"), m_config.stateDir};
    if (!groupName.isEmpty())
        args << QStringLiteral("--group") << groupName;
    QString program = QStringLiteral("bash");
    if (needsSudo) {
        args.prepend(program);
        args.prepend(QStringLiteral("-n"));
        program = QStringLiteral("sudo");
    }

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                const QString output = QString::fromLocal8Bit(m_process->readAll()).trimmed();
                m_process->deleteLater();
                m_process = nullptr;
                QFile hostFile(m_config.stateDir + QStringLiteral("/host"));
                if (status == QProcess::NormalExit && exitCode == 0 &&
                    hostFile.open(QIODevice::ReadOnly)) {
                    Q_EMIT started(QString::fromUtf8(hostFile.readAll()).trimmed());
                    return;
                }
                const QString last = output.section(u'\n', -3);
                Q_EMIT failed(
                    tr("The sandbox engine did not start: %1\nIt needs root; in a terminal, run "
                       "'packaging/dev.sh run', which asks for your password and opens Berth on "
                       "the sandbox.")
                        .arg(last.isEmpty() ? tr("the script failed") : last));
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = m_process->errorString();
        m_process->deleteLater();
        m_process = nullptr;
        Q_EMIT failed(tr("The sandbox engine did not start: %1").arg(message));
    });
    m_process->start(program, args);
}

} // namespace Berth::Ui
