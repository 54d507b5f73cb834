// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QPointer>
#include <QProcess>

namespace Berth::Engine {

class EngineEndpoint;

// The Engine API over ssh, as the docker CLI reaches an ssh:// engine: `ssh ... -- HOST
// docker system dial-stdio`, its stdin and stdout being the connection. One process per
// connection, as the CLI does. The input ends only when ssh has exited, so that what ssh
// said on stderr (why it could not log in) is complete when a reader learns of the end.
class SshDialDevice final : public QIODevice
{
    Q_OBJECT

public:
    explicit SshDialDevice(const EngineEndpoint &endpoint, QObject *parent = nullptr);
    ~SshDialDevice() override;

    // The command line, without a host key prompt or a password question (BatchMode); the
    // user's ~/.ssh/config applies as to any ssh.
    static QStringList arguments(const EngineEndpoint &endpoint);

    // Starts ssh; started() or failedToStart() follows.
    void start();
    // What ssh wrote on stderr, trimmed; it says why a login or the command failed.
    QString diagnostics() const;
    // ssh ended with a failure (255 is ssh's own; else the remote command's code).
    bool sshFailed() const { return m_exited && m_exitCode != 0; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void close() override;

Q_SIGNALS:
    void started();
    void failedToStart(const QString &reason);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QPointer<QProcess> m_process;
    QStringList m_arguments;
    QByteArray m_stderr;
    bool m_exited = false;
    int m_exitCode = 0;
};

} // namespace Berth::Engine
