// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Joins the keyring fixture's private D-Bus session (tests/env/keyring.sh): its bus address
// goes into this process's environment before anything talks to D-Bus, and secret-tool, the
// real peer, runs with the same environment.
#include "testenv.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace KeyringSession {

// The bus address of the running fixture, or empty.
inline QString busAddress()
{
    QFile env(TestEnv::envDir() + QStringLiteral("/keyring/env"));
    if (!env.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression line(QStringLiteral("^export DBUS_SESSION_BUS_ADDRESS=(.*)$"),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(env.readAll())).captured(1).trimmed();
}

inline void join(const QString &address)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    qunsetenv("DISPLAY");
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
};

// secret-tool ARGS, stdin given; bounded, as a keyring that wants a prompt would hang.
inline ToolResult secretTool(const QStringList &args, const QByteArray &input = {})
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), args);
    if (!tool.waitForStarted(10000))
        return {};
    tool.write(input);
    tool.closeWriteChannel();
    if (!tool.waitForFinished(30000)) {
        tool.kill();
        tool.waitForFinished();
        return {};
    }
    return {tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1,
            tool.readAllStandardOutput()};
}

// What the keyring holds for Berth's item `user@registry`, read by the peer; empty when
// nothing.
inline QString berthSecret(const QString &key)
{
    const auto peer = secretTool({QStringLiteral("lookup"), QStringLiteral("server"),
                                  QStringLiteral("Berth"), QStringLiteral("user"), key});
    return peer.exitCode == 0 ? QString::fromUtf8(peer.out).trimmed() : QString();
}

} // namespace KeyringSession
