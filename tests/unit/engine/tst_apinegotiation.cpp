// SPDX-License-Identifier: GPL-3.0-or-later
// Version negotiation with daemons newer and older than Berth. The engine here is a local
// server in the test: no real daemon of another version runs on this machine.
#include "engine/engineclient.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

class TestApiNegotiation final : public QObject
{
    Q_OBJECT

    // Answers /_ping with the daemon's newest version, /version with its oldest, and
    // anything else with an empty image list; records every request line.
    void serve(const QByteArray &newest, const QByteArray &oldest)
    {
        connect(&m_server, &QLocalServer::newConnection, this, [this, newest, oldest] {
            while (QLocalSocket *peer = m_server.nextPendingConnection()) {
                connect(peer, &QLocalSocket::readyRead, peer, [this, peer, newest, oldest] {
                    const QByteArray request = peer->readAll();
                    const QByteArray line = request.left(request.indexOf("\r\n"));
                    m_requests.append(line);
                    QByteArray body = "[]";
                    if (line.startsWith("GET /_ping "))
                        body = "OK";
                    else if (line.startsWith("GET /version "))
                        body = "{\"ApiVersion\":\"" + newest + "\",\"MinAPIVersion\":\"" + oldest +
                               "\"}";
                    peer->write("HTTP/1.1 200 OK\r\nApi-Version: " + newest +
                                "\r\nContent-Length: " + QByteArray::number(body.size()) +
                                "\r\n\r\n" + body);
                    peer->disconnectFromServer();
                });
            }
        });
        QVERIFY(m_server.listen(m_dir.filePath(QStringLiteral("engine.sock"))));
    }

private Q_SLOTS:
    void init()
    {
        m_server.close();
        m_server.disconnect(this);
        m_requests.clear();
        QFile::remove(m_dir.filePath(QStringLiteral("engine.sock")));
    }

    void negotiates_data()
    {
        QTest::addColumn<QByteArray>("newest");
        QTest::addColumn<QByteArray>("oldest");
        QTest::addColumn<QString>("used");
        QTest::addColumn<bool>("asksVersion");
        QTest::newRow("Engine 20.10")
            << QByteArray("1.41") << QByteArray("1.12") << "1.41" << false;
        QTest::newRow("older daemon")
            << QByteArray("1.40") << QByteArray("1.12") << "1.40" << false;
        QTest::newRow("newer daemon, accepts ours")
            << QByteArray("1.47") << QByteArray("1.24") << "1.41" << true;
        QTest::newRow("Engine 29.0 refuses below 1.44")
            << QByteArray("1.52") << QByteArray("1.44") << "1.44" << true;
    }

    void negotiates()
    {
        QFETCH(QByteArray, newest);
        QFETCH(QByteArray, oldest);
        QFETCH(QString, used);
        QFETCH(bool, asksVersion);
        serve(newest, oldest);
        EngineClient client(*EngineEndpoint::parse(m_server.fullServerName()));
        std::optional<Result<QList<ImageSummary>>> result;
        client.listImages({}, this,
                          [&result](const Result<QList<ImageSummary>> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(result->ok());
        QCOMPARE(client.info().apiVersion, used);
        QCOMPARE(client.info().daemonApiVersion, QString::fromLatin1(newest));
        QCOMPARE(m_requests.last(), "GET /v" + used.toLatin1() + "/images/json HTTP/1.1");
        QCOMPARE(m_requests.contains("GET /version HTTP/1.1"), asksVersion);
    }

private:
    QTemporaryDir m_dir;
    QLocalServer m_server;
    QList<QByteArray> m_requests;
};

QTEST_GUILESS_MAIN(TestApiNegotiation)
#include "tst_apinegotiation.moc"
