// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drives the private dockerd of tests/env from a test: the docker CLI against it, and a
// restart of the daemon itself. Every command runs while the event loop turns, so what the
// test watches (an event stream, a window) receives its events meanwhile.
#include "testenv.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

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

// A tag no other test or run uses: berth-test/<what>:<random>.
inline QString uniqueTag(const QString &what)
{
    return QStringLiteral("berth-test/%1:%2")
        .arg(what, QUuid::createUuid().toString(QUuid::Id128).left(8));
}

// The tags a test made, removed again when it ends (passed or failed).
class MadeTags final
{
public:
    explicit MadeTags(QString host)
        : m_host(std::move(host))
    {}
    MadeTags(const MadeTags &) = delete;
    MadeTags &operator=(const MadeTags &) = delete;
    ~MadeTags()
    {
        if (!m_tags.isEmpty() && !TestEnv::dockerHost().isEmpty())
            docker(m_host, QStringList{QStringLiteral("rmi")} + m_tags);
    }

    // Tags source as a new unique reference; returns it, or empty if docker failed.
    QString make(const QString &what, const QString &source)
    {
        const QString reference = uniqueTag(what);
        m_tags.append(reference);
        return docker(m_host, {QStringLiteral("tag"), source, reference}) == 0 ? reference
                                                                               : QString();
    }
    // The test removed it itself.
    void forget(const QString &reference) { m_tags.removeAll(reference); }

private:
    QString m_host;
    QStringList m_tags;
};

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
