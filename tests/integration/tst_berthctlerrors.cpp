// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl against engines that are missing, refuse, misbehave or stall: a non-zero exit
// and a message that names the endpoint, never a crash or an endless wait. Misbehaving
// peers are local servers in the test, since no real engine misbehaves on demand; the
// refused socket is the private dockerd's, opened as an unprivileged user.
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestBerthctlErrors final : public QObject
{
    Q_OBJECT

    // Runs berthctl while this process's event loop keeps serving the fake engines.
    Run berthctl(const QStringList &args, const QString &program = {},
                 const QStringList &prefix = {})
    {
        QProcess process;
        const QString exe =
            program.isEmpty() ? TestEnv::binaryDir() + QStringLiteral("/app/berthctl") : program;
        if (prefix.isEmpty())
            process.start(exe, args);
        else
            process.start(prefix.first(), prefix.mid(1) + QStringList{exe} + args);
        Run run;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                             60000)) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("berthctl did not finish within 60 s");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // A fake engine that answers every connection with `reply` and then closes, or keeps
    // silent when reply is empty.
    void serve(const QByteArray &reply)
    {
        connect(&m_server, &QLocalServer::newConnection, this, [this, reply] {
            while (QLocalSocket *peer = m_server.nextPendingConnection()) {
                connect(peer, &QLocalSocket::readyRead, peer, [peer, reply] {
                    peer->readAll();
                    if (reply.isEmpty())
                        return;
                    peer->write(reply);
                    peer->disconnectFromServer();
                });
            }
        });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server.close();
        m_server.disconnect(this);
        m_socket = m_dir.filePath(QStringLiteral("engine.sock"));
        QFile::remove(m_socket);
    }

    void missingSocket()
    {
        const Run run = berthctl({QStringLiteral("--host"), QStringLiteral("unix://") + m_socket,
                                  QStringLiteral("images"), QStringLiteral("ls")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("unix://") + m_socket), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("no engine")));
        QVERIFY(run.out.isEmpty());
    }

    void refusedTcpPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString url = QStringLiteral("tcp://127.0.0.1:%1").arg(port);
        const Run run = berthctl(
            {QStringLiteral("--host"), url, QStringLiteral("images"), QStringLiteral("ls")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(url), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("refused")));
    }

    void dockerHostIsUsed()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_socket);
        process.setProcessEnvironment(env);
        process.start(TestEnv::binaryDir() + QStringLiteral("/app/berthctl"),
                      {QStringLiteral("images"), QStringLiteral("ls")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(m_socket));
    }

    void badAddressIsAUsageError()
    {
        const Run run = berthctl({QStringLiteral("--host"), QStringLiteral("ftp://x"),
                                  QStringLiteral("images"), QStringLiteral("ls")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("ftp://x")));
    }

    void misbehavingEngine_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("not HTTP") << QByteArray("garbage\r\n\r\n") << QStringLiteral("status line");
        QTest::newRow("closes at once") << QByteArray(" ") << QStringLiteral("connection closed");
        QTest::newRow("cut mid-body")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 50\r\n\r\n[{\"Id\"")
            << QStringLiteral("before the end of the body");
        QTest::newRow("invalid JSON")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 8\r\n\r\n[{\"Id\":1")
            << QStringLiteral("not valid JSON");
        QTest::newRow("daemon error")
            << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: "
                          "27\r\n\r\n{\"message\":\"disk on fire\"}\n")
            << QStringLiteral("disk on fire");
        QTest::newRow("ancient API")
            << QByteArray("HTTP/1.1 200 OK\r\nApi-Version: 1.12\r\nContent-Length: 2\r\n\r\nOK")
            << QStringLiteral("API 1.12");
    }

    void misbehavingEngine()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, errorContains);
        // " " stands for "close without a word".
        if (reply != " ") {
            serve(reply);
        } else {
            connect(&m_server, &QLocalServer::newConnection, this, [this] {
                while (QLocalSocket *peer = m_server.nextPendingConnection())
                    peer->disconnectFromServer();
            });
        }
        QVERIFY(m_server.listen(m_socket));
        const Run run = berthctl({QStringLiteral("--host"), QStringLiteral("unix://") + m_socket,
                                  QStringLiteral("images"), QStringLiteral("ls")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("unix://") + m_socket), qPrintable(run.err));
        QVERIFY2(run.err.contains(errorContains), qPrintable(run.err));
    }

    void stalledEngineTimesOut()
    {
        serve(QByteArray()); // accepts, reads, never answers
        QVERIFY(m_server.listen(m_socket));
        const Run run = berthctl({QStringLiteral("--host"), QStringLiteral("unix://") + m_socket,
                                  QStringLiteral("--timeout"), QStringLiteral("1"),
                                  QStringLiteral("images"), QStringLiteral("ls")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no response within 1 s")), qPrintable(run.err));
    }

    void refusedSocketSaysPermission()
    {
        Run run;
        QString url;
        if (::geteuid() == 0) {
            // Root opens every socket; an unprivileged user meets the private dockerd's
            // root-owned socket as a user outside the docker group does.
            url = TestEnv::dockerHost();
            BERTH_REQUIRE_SERVICE(url, "dockerd");
            // That user must reach the binary: copy it somewhere world-readable.
            QTemporaryDir binDir(QDir::tempPath() + QStringLiteral("/berth-bin-XXXXXX"));
            QVERIFY(binDir.isValid());
            QFile::setPermissions(binDir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ExeOwner | QFile::ReadOther |
                                                     QFile::ExeOther | QFile::ReadGroup |
                                                     QFile::ExeGroup);
            const QString copy = binDir.filePath(QStringLiteral("berthctl"));
            QVERIFY(QFile::copy(TestEnv::binaryDir() + QStringLiteral("/app/berthctl"), copy));
            run = berthctl(
                {QStringLiteral("--host"), url, QStringLiteral("images"), QStringLiteral("ls")},
                copy,
                {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                 QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                 QStringLiteral("--")});
        } else {
            // An ordinary user cannot open a socket whose mode forbids it.
            QVERIFY(m_server.listen(m_socket));
            QVERIFY(QFile::setPermissions(m_socket, {}));
            url = QStringLiteral("unix://") + m_socket;
            run = berthctl(
                {QStringLiteral("--host"), url, QStringLiteral("images"), QStringLiteral("ls")});
        }
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(url), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("permission denied")), qPrintable(run.err));
        // The hint names the group to join; the URL of the private dockerd's socket holds
        // "docker" too, so the check is on words only the hint has.
        const QString hint = QStringLiteral("(usually 'docker')");
        QVERIFY(!url.contains(hint));
        QVERIFY2(run.err.contains(hint), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("no engine")));
    }

private:
    QTemporaryDir m_dir;
    QLocalServer m_server;
    QString m_socket;
};

QTEST_GUILESS_MAIN(TestBerthctlErrors)
#include "tst_berthctlerrors.moc"
