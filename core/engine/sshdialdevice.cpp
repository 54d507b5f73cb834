// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/sshdialdevice.h"

#include "engine/engineendpoint.h"

namespace Berth::Engine {

namespace {

// Enough of ssh's stderr for any message it writes; the rest would be the remote command's.
constexpr qsizetype StderrCap = 16 * 1024;

} // namespace

SshDialDevice::SshDialDevice(const EngineEndpoint &endpoint, QObject *parent)
    : QIODevice(parent)
    , m_process(new QProcess(this))
    , m_arguments(arguments(endpoint))
{
    m_process->setProgram(QStringLiteral("ssh"));
    m_process->setArguments(m_arguments);
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &QIODevice::readyRead);
    connect(m_process, &QProcess::bytesWritten, this, &QIODevice::bytesWritten);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray data = m_process->readAllStandardError();
        if (m_stderr.size() < StderrCap)
            m_stderr += data.left(StderrCap - m_stderr.size());
    });
    connect(m_process, &QProcess::started, this, [this] {
        open(QIODevice::ReadWrite | QIODevice::Unbuffered);
        Q_EMIT started();
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failedToStart(m_process->errorString());
    });
    connect(m_process, &QProcess::finished, this, &SshDialDevice::onFinished);
}

SshDialDevice::~SshDialDevice()
{
    close();
}

QStringList SshDialDevice::arguments(const EngineEndpoint &endpoint)
{
    // As the docker CLI's connhelper builds it, plus BatchMode: a window has no terminal to
    // ask for a password or a host key on, and must fail at once instead of hanging.
    QStringList args{QStringLiteral("-T"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes")};
    if (endpoint.port() != 0)
        args << QStringLiteral("-p") << QString::number(endpoint.port());
    if (!endpoint.sshUser().isEmpty())
        args << QStringLiteral("-l") << endpoint.sshUser();
    args << QStringLiteral("--") << endpoint.host() << QStringLiteral("docker")
         << QStringLiteral("system") << QStringLiteral("dial-stdio");
    return args;
}

void SshDialDevice::start()
{
    if (m_process)
        m_process->start(QIODevice::ReadWrite);
}

QString SshDialDevice::diagnostics() const
{
    return QString::fromLocal8Bit(m_stderr).trimmed();
}

qint64 SshDialDevice::bytesAvailable() const
{
    return m_process ? m_process->bytesAvailable() : 0;
}

qint64 SshDialDevice::bytesToWrite() const
{
    return m_process ? m_process->bytesToWrite() : 0;
}

void SshDialDevice::close()
{
    // Killing ssh closes its connection; sshd then ends dial-stdio, which closes the
    // engine's socket: that is how the engine learns that a transfer was cancelled.
    if (m_process) {
        m_process->disconnect(this);
        // Never wait for it here (the window's thread would block): it is reaped when it
        // has gone, and deleted then.
        QProcess *process = m_process;
        m_process = nullptr;
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
        } else {
            process->setParent(nullptr);
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
    }
    QIODevice::close();
}

qint64 SshDialDevice::readData(char *data, qint64 maxSize)
{
    return m_process ? m_process->read(data, maxSize) : -1;
}

qint64 SshDialDevice::writeData(const char *data, qint64 maxSize)
{
    return m_process ? m_process->write(data, maxSize) : -1;
}

void SshDialDevice::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_exited = true;
    m_exitCode = status == QProcess::NormalExit ? exitCode : -1;
    // QProcess has read the last of stdout and stderr before finished().
    const QByteArray err = m_process->readAllStandardError();
    if (m_stderr.size() < StderrCap)
        m_stderr += err.left(StderrCap - m_stderr.size());
    if (m_process->bytesAvailable() > 0)
        Q_EMIT readyRead();
    Q_EMIT readChannelFinished();
}

} // namespace Berth::Engine
