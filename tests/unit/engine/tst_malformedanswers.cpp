// SPDX-License-Identifier: GPL-3.0-or-later
// A 200 whose body is not the JSON the Engine API documents is an error, never an empty
// result: "nothing removed" or "0 bytes reclaimed" would be a lie. The real daemon never
// sends such a body, so the engine here is a local server in the test.
#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "testenv.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

class TestMalformedAnswers final : public QObject
{
    Q_OBJECT

    // Answers /_ping as Engine 20.10 does and every other request with 200 and `body`.
    void serve(const QByteArray &body)
    {
        m_server.close();
        m_server.disconnect(this);
        QFile::remove(m_dir.filePath(QStringLiteral("engine.sock")));
        connect(&m_server, &QLocalServer::newConnection, this, [this, body] {
            while (QLocalSocket *peer = m_server.nextPendingConnection()) {
                connect(peer, &QLocalSocket::readyRead, peer, [peer, body] {
                    const QByteArray request = peer->readAll();
                    const QByteArray answer = request.startsWith("GET /_ping ") ? "OK" : body;
                    peer->write("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: "
                                "application/json\r\nContent-Length: " +
                                QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
                    peer->disconnectFromServer();
                });
            }
        });
        QVERIFY(m_server.listen(m_dir.filePath(QStringLiteral("engine.sock"))));
    }

    // berthctl against the server, run while this test's event loop serves it.
    std::pair<int, QString> berthctl(const QStringList &args)
    {
        QProcess process;
        process.start(TestEnv::binaryDir() + QStringLiteral("/app/berthctl"),
                      QStringList{QStringLiteral("--host"),
                                  QStringLiteral("unix://") + m_server.fullServerName()} +
                          args);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(30000))
            return {-1, QStringLiteral("berthctl did not finish")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    }

    // `images rm app:1` or `images prune` through the core: the error it reported, or an
    // Internal one when it reported success, or nothing.
    Error coreError(const QString &command)
    {
        EngineClient client(*EngineEndpoint::parse(m_server.fullServerName()));
        EngineImages images(&client);
        bool answered = false;
        std::optional<Error> error;
        const auto take = [&](const auto &result) {
            answered = true;
            if (!result)
                error = result.error();
        };
        if (command == u"rm")
            images.remove(QStringLiteral("app:1"), false, false, this, take);
        else
            images.pruneDangling(this, take);
        if (!QTest::qWaitFor([&] { return answered; }, 10000))
            return Error(ErrorKind::Internal, QStringLiteral("no answer"));
        return error.value_or(Error(ErrorKind::Internal, QStringLiteral("no error")));
    }

private Q_SLOTS:
    void aMalformedAnswerIsAnError_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("rm, not JSON") << "rm" << QByteArray("<html>removed</html>");
        QTest::newRow("rm, cut short") << "rm" << QByteArray("[{\"Untagged\":\"app:1\"}");
        QTest::newRow("rm, an object") << "rm" << QByteArray("{\"Untagged\":\"app:1\"}");
        QTest::newRow("prune, not JSON") << "prune" << QByteArray("pruned");
        QTest::newRow("prune, cut short") << "prune" << QByteArray("{\"SpaceReclaimed\":1048576");
        QTest::newRow("prune, a list") << "prune" << QByteArray("[]");
    }

    void aMalformedAnswerIsAnError()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, body);
        serve(body);
        const Error error = coreError(command);
        QVERIFY2(error.kind() == ErrorKind::Protocol, qPrintable(error.message()));

        QStringList args{QStringLiteral("images"), command};
        if (command == u"rm")
            args.append(QStringLiteral("app:1"));
        const auto [exitCode, err] = berthctl(args);
        QVERIFY2(exitCode == 1, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("JSON")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("reclaimed")), qPrintable(err));
    }

    // The well-formed answers still read as before.
    void wellFormedAnswersStillRead()
    {
        serve("[{\"Untagged\":\"app:1\"},{\"Deleted\":\"sha256:ab\"}]");
        EngineClient client(*EngineEndpoint::parse(m_server.fullServerName()));
        EngineImages images(&client);
        std::optional<Result<RemovedImage>> removed;
        images.remove(QStringLiteral("app:1"), false, false, this,
                      [&removed](const Result<RemovedImage> &result) { removed = result; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
        QVERIFY(removed->ok());
        QCOMPARE((*removed)->untagged, QStringList{QStringLiteral("app:1")});
        QCOMPARE((*removed)->deleted, QStringList{QStringLiteral("sha256:ab")});

        serve("{\"ImagesDeleted\":null,\"SpaceReclaimed\":0}");
        std::optional<Result<PruneReport>> pruned;
        images.pruneDangling(this,
                             [&pruned](const Result<PruneReport> &result) { pruned = result; });
        QTRY_VERIFY_WITH_TIMEOUT(pruned.has_value(), 10000);
        QVERIFY(pruned->ok());
        QCOMPARE((*pruned)->spaceReclaimed, 0);
    }

private:
    QTemporaryDir m_dir;
    QLocalServer m_server;
};

QTEST_GUILESS_MAIN(TestMalformedAnswers)
#include "tst_malformedanswers.moc"
