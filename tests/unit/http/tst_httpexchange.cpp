// SPDX-License-Identifier: GPL-3.0-or-later
// HttpExchange over a real QLocalSocket. The peer is a local server in the test, since no
// real engine stalls or closes mid-body on demand.
#include "http/httpexchange.h"

#include <QBuffer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <optional>

using namespace Berth;
using Berth::Http::HttpExchange;
using Berth::Http::HttpRequest;
using Berth::Http::HttpResponseHead;

// Gives `good` bytes, then fails as a damaged archive's decompressor does.
class FailingSource final : public QIODevice
{
public:
    explicit FailingSource(qint64 good)
        : m_good(good)
    {}
    bool isSequential() const override { return true; }
    bool atEnd() const override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_good);
        if (n == 0) {
            setErrorString(QStringLiteral("the archive is cut short"));
            return -1;
        }
        std::memset(data, 'x', size_t(n));
        m_good -= n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_good;
};

// A body that arrives while the request goes: empty (not at its end) until fed, as a pipe
// from a download is.
class LiveSource final : public QIODevice
{
public:
    LiveSource() { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_ended && m_data.isEmpty(); }
    qint64 bytesAvailable() const override { return m_data.size() + QIODevice::bytesAvailable(); }
    void feed(const QByteArray &data)
    {
        m_data += data;
        Q_EMIT readyRead();
    }
    void end()
    {
        m_ended = true;
        Q_EMIT readyRead();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_data.isEmpty())
            return m_ended ? -1 : 0;
        const qint64 n = std::min<qint64>(maxSize, m_data.size());
        std::memcpy(data, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_ended = false;
};

class TestHttpExchange final : public QObject
{
    Q_OBJECT

public:
    // Serves each connection with `script`: a list of byte strings written one per 20 ms;
    // "<close>" closes the connection, "<stall>" stops writing but keeps it open.
    void serve(QList<QByteArray> script)
    {
        connect(&m_server, &QLocalServer::newConnection, this, [this, script] {
            QLocalSocket *peer = m_server.nextPendingConnection();
            connect(peer, &QLocalSocket::readyRead, this,
                    [this, peer] { m_received += peer->readAll(); });
            auto steps = std::make_shared<QList<QByteArray>>(script);
            auto *timer = new QTimer(peer);
            connect(timer, &QTimer::timeout, peer, [this, peer, steps, timer] {
                if (steps->isEmpty()) {
                    timer->stop();
                    return;
                }
                const QByteArray step = steps->takeFirst();
                if (step == "<close>") {
                    timer->stop();
                    peer->disconnectFromServer();
                    m_served = true;
                } else if (step == "<stall>") {
                    timer->stop();
                } else {
                    peer->write(step);
                }
            });
            timer->start(20);
        });
    }

    // Answers each connection once its request has ended with a chunked body's last chunk.
    void answerAfterChunkedBody()
    {
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            QLocalSocket *peer = m_server.nextPendingConnection();
            connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
                m_received += peer->readAll();
                if (m_received.endsWith("\r\n0\r\n\r\n"))
                    peer->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
            });
        });
    }

    // The body of a chunked request as the peer decodes it; empty if the framing is wrong.
    static QByteArray dechunk(const QByteArray &request)
    {
        qsizetype at = request.indexOf("\r\n\r\n");
        if (at < 0)
            return {};
        at += 4;
        QByteArray body;
        while (true) {
            const qsizetype lineEnd = request.indexOf("\r\n", at);
            bool ok = false;
            const qsizetype size = request.mid(at, lineEnd - at).toLongLong(&ok, 16);
            if (lineEnd < 0 || !ok || request.mid(lineEnd + 2 + size, 2) != "\r\n")
                return {};
            if (size == 0)
                return lineEnd + 4 == request.size() ? body : QByteArray();
            body += request.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    struct Run
    {
        QList<HttpResponseHead> heads;
        QByteArray body;
        int bodyPieces = 0;
        std::optional<Result<void>> result;
    };

    Run exchange(std::chrono::milliseconds idle = std::chrono::seconds(5))
    {
        HttpRequest request;
        request.target = "/v1.41/images/json?all=1";
        request.host = "api.moby.localhost";
        request.idleTimeout = idle;
        return exchange(request);
    }

    // A POST whose body is streamed from `source`, its length unknown.
    Result<void> sendStreamedBody(QIODevice *source)
    {
        HttpRequest request;
        request.method = "POST";
        request.target = "/v1.41/images/load";
        request.bodySource = source;
        request.bodySourceLength = -1;
        return *exchange(request).result;
    }

    Run exchange(const HttpRequest &request)
    {
        QLocalSocket socket;
        socket.connectToServer(m_server.fullServerName());
        if (!socket.waitForConnected(5000))
            qFatal("cannot connect to the test server");
        HttpExchange exchange(&socket, request);
        Run run;
        connect(&exchange, &HttpExchange::headReceived, this,
                [&run](const HttpResponseHead &head) { run.heads.append(head); });
        connect(&exchange, &HttpExchange::bodyReceived, this, [&run](const QByteArray &data) {
            run.body += data;
            ++run.bodyPieces;
        });
        connect(&exchange, &HttpExchange::finished, this,
                [&run](const Result<void> &result) { run.result = result; });
        exchange.start();
        (void)QTest::qWaitFor([&run] { return run.result.has_value(); }, 10000);
        if (!run.result)
            run.result = Error(ErrorKind::Internal, QStringLiteral("the exchange never finished"));
        return run;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server.close();
        m_server.disconnect(this);
        m_received.clear();
        m_served = false;
        QVERIFY(m_server.listen(m_dir.filePath(QStringLiteral("http.sock"))));
    }

    void streamsBodyAsItArrives()
    {
        serve({"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "4\r\none\n\r\n",
               "4\r\ntwo\n\r\n", "0\r\n\r\n"});
        const Run run = exchange();
        QVERIFY(run.result->ok());
        QCOMPARE(run.heads.size(), 1);
        QCOMPARE(run.heads.first().status, 200);
        QCOMPARE(run.body, QByteArray("one\ntwo\n"));
        QVERIFY(run.bodyPieces >= 2);
        QVERIFY(m_received.startsWith(
            "GET /v1.41/images/json?all=1 HTTP/1.1\r\nHost: api.moby.localhost\r\n"));
        QVERIFY(m_received.contains("\r\nConnection: close\r\n"));
        QVERIFY(m_received.endsWith("\r\n\r\n"));
    }

    void closeDelimitedBodyEndsWithTheConnection()
    {
        serve({"HTTP/1.1 200 OK\r\n\r\n", "all of it", "<close>"});
        const Run run = exchange();
        QVERIFY(run.result->ok());
        QCOMPARE(run.body, QByteArray("all of it"));
    }

    void closedMidBodyIsAnError()
    {
        serve({"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", "only ten..", "<close>"});
        const Run run = exchange();
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().kind(), ErrorKind::Protocol);
        QVERIFY2(
            run.result->error().message().contains(QStringLiteral("before the end of the body")),
            qPrintable(run.result->error().message()));
        QCOMPARE(run.body, QByteArray("only ten.."));
    }

    void stallMidBodyTimesOut()
    {
        serve({"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", "some", "<stall>"});
        const Run run = exchange(std::chrono::milliseconds(300));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().kind(), ErrorKind::Timeout);
        QVERIFY2(run.result->error().message().contains(QStringLiteral("middle of the response")),
                 qPrintable(run.result->error().message()));
    }

    void silentPeerTimesOut()
    {
        serve({"<stall>"});
        const Run run = exchange(std::chrono::milliseconds(300));
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().kind(), ErrorKind::Timeout);
        QVERIFY2(run.result->error().message().contains(QStringLiteral("no response")),
                 qPrintable(run.result->error().message()));
    }

    void garbageIsAProtocolError()
    {
        serve({"this is not http\r\n\r\n"});
        const Run run = exchange();
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().kind(), ErrorKind::Protocol);
        QVERIFY(run.heads.isEmpty());
    }

    void bodyOfUnknownLengthGoesChunked()
    {
        answerAfterChunkedBody();
        QByteArray content(700 * 1024 + 17, Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char(i * 7 % 251);
        QBuffer source(&content);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const Result<void> result = sendStreamedBody(&source);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QVERIFY(m_received.contains("\r\nTransfer-Encoding: chunked\r\n"));
        QVERIFY(!m_received.contains("Content-Length"));
        QCOMPARE(dechunk(m_received), content);
    }

    void failingBodySourceEndsTheExchangeWithItsError()
    {
        answerAfterChunkedBody();
        FailingSource source(300 * 1024);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const Result<void> result = sendStreamedBody(&source);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message(), QStringLiteral("the archive is cut short"));
    }

    void bodyFromASourceFilledLater()
    {
        // The source has nothing at first: the exchange waits for its readyRead() instead of
        // taking the empty read for an early end.
        const QByteArray body = QByteArray(300 * 1024, 'b') + "end";
        connect(&m_server, &QLocalServer::newConnection, this, [this, body] {
            QLocalSocket *peer = m_server.nextPendingConnection();
            connect(peer, &QLocalSocket::readyRead, this, [this, peer, body] {
                m_received += peer->readAll();
                if (m_received.endsWith(body))
                    peer->write("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
            });
        });
        LiveSource source;
        HttpRequest request;
        request.method = "PATCH";
        request.target = "/v2/x/blobs/uploads/1";
        request.bodySource = &source;
        request.bodySourceLength = body.size();
        QLocalSocket socket;
        socket.connectToServer(m_server.fullServerName());
        QVERIFY(socket.waitForConnected(5000));
        HttpExchange exchange(&socket, request);
        std::optional<Result<void>> result;
        connect(&exchange, &HttpExchange::finished, this,
                [&result](const Result<void> &r) { result = r; });
        exchange.start();
        QTRY_VERIFY(m_received.contains("\r\n\r\n")); // the head went; no body yet
        QVERIFY(!result);
        for (qsizetype at = 0; at < body.size(); at += 64 * 1024) {
            source.feed(body.mid(at, 64 * 1024));
            QTRY_VERIFY(m_received.size() >=
                        m_received.indexOf("\r\n\r\n") + 4 + std::min(at + 64 * 1024, body.size()));
        }
        source.end();
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error().message()));
        QVERIFY(m_received.contains("\r\nContent-Length: 307203\r\n"));
        QVERIFY(m_received.endsWith(body));
    }

    void pausedExchangeTakesNothingUntilResumed()
    {
        serve({"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\n", "one", "two", "<close>"});
        QLocalSocket socket;
        socket.connectToServer(m_server.fullServerName());
        QVERIFY(socket.waitForConnected(5000));
        HttpExchange exchange(&socket, HttpRequest{});
        QByteArray body;
        std::optional<Result<void>> result;
        connect(&exchange, &HttpExchange::headReceived, &exchange, &HttpExchange::pause);
        connect(&exchange, &HttpExchange::bodyReceived, this,
                [&body](const QByteArray &data) { body += data; });
        connect(&exchange, &HttpExchange::finished, this,
                [&result](const Result<void> &r) { result = r; });
        exchange.start();
        // The peer has sent everything and closed; the paused exchange has taken none of it.
        QTRY_VERIFY(m_served);
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(body, QByteArray());
        QVERIFY(!result);
        exchange.resume();
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(body, QByteArray("onetwo"));
    }

    void cancelReportsCancelled()
    {
        serve({"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "<stall>"});
        QLocalSocket socket;
        socket.connectToServer(m_server.fullServerName());
        QVERIFY(socket.waitForConnected(5000));
        HttpExchange exchange(&socket, HttpRequest{});
        QSignalSpy head(&exchange, &HttpExchange::headReceived);
        QList<Result<void>> finished;
        connect(&exchange, &HttpExchange::finished, this,
                [&finished](const Result<void> &r) { finished.append(r); });
        exchange.start();
        QTRY_COMPARE(head.size(), 1);
        exchange.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().error().kind(), ErrorKind::Cancelled);
        exchange.cancel(); // a second cancel reports nothing more
        QCOMPARE(finished.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QLocalServer m_server;
    QByteArray m_received;
    bool m_served = false;
};

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "tst_httpexchange.moc"
