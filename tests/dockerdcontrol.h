// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drives the private dockerd of tests/env from a test: the docker CLI against it, and a
// restart of the daemon itself. Every command runs while the event loop turns, so what the
// test watches (an event stream, a window) receives its events meanwhile.
#include "testenv.h"

#include <QProcess>
#include <QTest>

namespace DockerdControl {

inline QString stateDir()
{
    return TestEnv::envDir() + QStringLiteral("/dockerd");
}

// Runs a program to its end; returns its exit code, or -1 if it did not end in time.
inline int run(const QString &program, const QStringList &args, int timeoutMs,
               QByteArray *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    const bool ended =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!ended) {
        process.kill();
        process.waitForFinished(5000);
    }
    if (output)
        *output = process.readAll();
    return ended && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Debian's docker CLI (another one may come first on PATH) against the private dockerd.
inline int docker(const QString &host, const QStringList &args, QByteArray *output = nullptr)
{
    return run(QStringLiteral("/usr/bin/docker"), QStringList{QStringLiteral("-H"), host} + args,
               60000, output);
}

inline QString imageId(const QString &host, const QString &reference)
{
    QByteArray out;
    docker(host,
           {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
            QStringLiteral("{{.Id}}"), reference},
           &out);
    return QString::fromUtf8(out).trimmed();
}

// tests/env/dockerd.sh start|stop on the fixture's own state folder: the daemon comes back
// on the same socket with the same images. A restart takes a few seconds.
inline bool script(const QString &command)
{
    QByteArray out;
    const int code =
        run(QStringLiteral("bash"),
            {qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/tests/env/dockerd.sh"),
             command, stateDir()},
            120000, &out);
    if (code != 0)
        qWarning("dockerd.sh %s failed: %s", qPrintable(command), out.constData());
    return code == 0;
}

// Brings the daemon back when a test that stopped it fails before starting it again: the
// tests after it need it.
class RestartGuard final
{
public:
    RestartGuard() = default;
    RestartGuard(const RestartGuard &) = delete;
    RestartGuard &operator=(const RestartGuard &) = delete;
    ~RestartGuard()
    {
        if (TestEnv::dockerHost().isEmpty())
            script(QStringLiteral("start"));
    }
};

} // namespace DockerdControl
