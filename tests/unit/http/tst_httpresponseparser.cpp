// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 response codec, fed byte strings directly: every framing, every way of
// splitting the input, and every malformed or hostile response gives the right body or
// a clear error.
#include "http/httpresponseparser.h"

#include <QTest>

using Berth::Http::HttpResponseParser;

namespace {

struct Outcome
{
    bool complete = false;
    bool error = false;
    int status = 0;
    QByteArray body;
    QString message;
};

// Feeds the pieces one after another, then (optionally) the end of input.
Outcome run(const QList<QByteArray> &pieces, bool closeAtEnd, bool head = false,
            qsizetype cap = 1024)
{
    HttpResponseParser parser(cap);
    parser.setExpectNoBody(head);
    Outcome outcome;
    for (const QByteArray &piece : pieces) {
        parser.feed(piece);
        outcome.body += parser.takeBody();
    }
    if (closeAtEnd)
        parser.finishInput();
    outcome.body += parser.takeBody();
    outcome.complete = parser.isComplete();
    outcome.error = parser.hasError();
    outcome.status = parser.hasHead() ? parser.head().status : 0;
    if (outcome.error)
        outcome.message = parser.error().message();
    return outcome;
}

const QByteArray chunkedSample = "HTTP/1.1 200 OK\r\n"
                                 "Api-Version: 1.41\r\n"
                                 "Content-Type: application/json\r\n"
                                 "Transfer-Encoding: chunked\r\n"
                                 "\r\n"
                                 "1f\r\n{\"status\":\"Pulling fs layer\"}\r\n\r\n"
                                 "A;name=value\r\n0123456789\r\n"
                                 "3\r\nabc\r\n"
                                 "0\r\n"
                                 "X-Trailer: yes\r\n"
                                 "\r\n";
const QByteArray chunkedBody = "{\"status\":\"Pulling fs layer\"}\r\n0123456789abc";

const QByteArray lengthSample =
    "HTTP/1.1 200 OK\r\nContent-Length: 28\r\nServer: Docker/20.10.24 (linux)\r\n\r\n"
    "[{\"Id\":\"sha256:0123456789\"}]";

} // namespace

class TestHttpResponseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("closeAtEnd");
        QTest::addColumn<bool>("head");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("content-length")
            << lengthSample << false << false << true << 200
            << QByteArray("[{\"Id\":\"sha256:0123456789\"}]") << QString();
        QTest::newRow("content-length extra bytes ignored")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA") << false << false
            << true << 200 << QByteArray("ok") << QString();
        QTest::newRow("chunked with extensions and trailers")
            << chunkedSample << false << false << true << 200 << chunkedBody << QString();
        QTest::newRow("chunked, upper-case hex")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nB\r\nhello "
                          "world\r\n0\r\n\r\n")
            << false << false << true << 200 << QByteArray("hello world") << QString();
        QTest::newRow("bare LF line ends")
            << QByteArray("HTTP/1.1 200 OK\nContent-Length: 3\n\nabc") << false << false << true
            << 200 << QByteArray("abc") << QString();
        QTest::newRow("close-delimited body")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end")
            << true << false << true << 200 << QByteArray("until the end") << QString();
        QTest::newRow("close-delimited body not yet closed")
            << QByteArray("HTTP/1.0 200 OK\r\n\r\npartial") << false << false << false << 200
            << QByteArray("partial") << QString();
        QTest::newRow("204 has no body")
            << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n") << false << false
            << true << 204 << QByteArray() << QString();
        QTest::newRow("HEAD has no body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n") << false << true << true
            << 200 << QByteArray() << QString();
        QTest::newRow("zero length")
            << QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n") << false << false
            << true << 201 << QByteArray() << QString();
        QTest::newRow("100 Continue skipped")
            << QByteArray(
                   "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            << false << false << true << 200 << QByteArray("ok") << QString();
        QTest::newRow("same Content-Length twice")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nok")
            << false << false << true << 200 << QByteArray("ok") << QString();
        QTest::newRow("transfer-encoding wins over content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
            << false << false << true << 200 << QByteArray("ok") << QString();
        QTest::newRow("error status with body")
            << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 36\r\n\r\n{\"message\":\"No "
                          "such image: nope:1\"}\n")
            << false << false << true << 404
            << QByteArray("{\"message\":\"No such image: nope:1\"}\n") << QString();

        // Errors.
        QTest::newRow("closed mid-body (content-length)")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true << false
            << false << 200 << QByteArray("abc") << QStringLiteral("before the end of the body");
        QTest::newRow("closed mid-body (chunked)")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab") << true
            << false << false << 200 << QByteArray("ab")
            << QStringLiteral("middle of a chunked body");
        QTest::newRow("closed before the last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n")
            << true << false << false << 200 << QByteArray("ab")
            << QStringLiteral("middle of a chunked body");
        QTest::newRow("closed in the headers")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << true << false << false << 0
            << QByteArray() << QStringLiteral("middle of the response headers");
        QTest::newRow("closed before anything")
            << QByteArray() << true << false << false << 0 << QByteArray()
            << QStringLiteral("before a response arrived");
        QTest::newRow("bad chunk-size line")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nab\r\n0\r\n\r\n")
            << false << false << false << 200 << QByteArray()
            << QStringLiteral("invalid chunk-size line");
        QTest::newRow("negative chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n") << false
            << false << false << 200 << QByteArray() << QStringLiteral("invalid chunk-size line");
        QTest::newRow("huge chunk size")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n")
            << false << false << false << 200 << QByteArray()
            << QStringLiteral("invalid chunk-size line");
        QTest::newRow("chunk longer than declared")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n")
            << false << false << false << 200 << QByteArray("ab")
            << QStringLiteral("longer than its declared size");
        QTest::newRow("endless chunk-size line")
            << (QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;") +
                QByteArray(5000, 'x'))
            << false << false << false << 200 << QByteArray()
            << QStringLiteral("chunk-size line is longer");
        QTest::newRow("header block over the cap")
            << (QByteArray("HTTP/1.1 200 OK\r\nX-Big: ") + QByteArray(2000, 'a') + "\r\n\r\n")
            << false << false << false << 0 << QByteArray() << QStringLiteral("larger than 1024");
        QTest::newRow("trailers over the cap")
            << (QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: ") +
                QByteArray(2000, 'a'))
            << false << false << false << 200 << QByteArray()
            << QStringLiteral("trailers are larger");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << false << false
                                  << false << 0 << QByteArray()
                                  << QStringLiteral("HTTP/1.x status line");
        QTest::newRow("status not a number")
            << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false << false << false << 0 << QByteArray()
            << QStringLiteral("not a number");
        QTest::newRow("malformed header line")
            << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n") << false << false << false
            << 0 << QByteArray() << QStringLiteral("malformed response header line 1");
        QTest::newRow("obsolete line folding")
            << QByteArray("HTTP/1.1 200 OK\r\nX-A: b\r\n folded\r\n\r\n") << false << false << false
            << 0 << QByteArray() << QStringLiteral("malformed response header line 2");
        QTest::newRow("conflicting content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc")
            << false << false << false << 200 << QByteArray()
            << QStringLiteral("invalid Content-Length");
        QTest::newRow("signed content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nab") << false << false
            << false << 200 << QByteArray() << QStringLiteral("invalid Content-Length");
    }

    void framing()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, closeAtEnd);
        QFETCH(bool, head);
        QFETCH(bool, complete);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, errorContains);

        const Outcome outcome = run({input}, closeAtEnd, head);
        QCOMPARE(outcome.complete, complete);
        QCOMPARE(outcome.status, status);
        QCOMPARE(outcome.body, body);
        QCOMPARE(outcome.error, !errorContains.isEmpty());
        if (!errorContains.isEmpty())
            QVERIFY2(outcome.message.contains(errorContains), qPrintable(outcome.message));

        // The same bytes one at a time decode to exactly the same result.
        QList<QByteArray> bytes;
        for (char c : input)
            bytes.append(QByteArray(1, c));
        const Outcome byByte = run(bytes, closeAtEnd, head);
        QCOMPARE(byByte.complete, outcome.complete);
        QCOMPARE(byByte.status, outcome.status);
        QCOMPARE(byByte.body, outcome.body);
        QCOMPARE(byByte.error, outcome.error);
    }

    void splitAtEveryOffset_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("chunked") << chunkedSample << chunkedBody;
        QTest::newRow("content-length")
            << lengthSample << QByteArray("[{\"Id\":\"sha256:0123456789\"}]");
    }

    void splitAtEveryOffset()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, body);
        for (qsizetype i = 0; i <= input.size(); ++i) {
            for (qsizetype j = i; j <= input.size(); j += 7) {
                const Outcome outcome =
                    run({input.left(i), input.mid(i, j - i), input.mid(j)}, false);
                QVERIFY2(outcome.complete,
                         qPrintable(QStringLiteral("split at %1 and %2").arg(i).arg(j)));
                QCOMPARE(outcome.body, body);
                QCOMPARE(outcome.status, 200);
            }
        }
    }

    void headersKeepOrderAndCase()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nX-Empty:\r\nOstype:  linux "
                    "\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.head().reason, QByteArray("OK"));
        QCOMPARE(parser.head().headers.size(), 4);
        QCOMPARE(parser.head().headers.at(0).first, QByteArray("Api-Version"));
        QCOMPARE(parser.head().header("api-version"), QByteArray("1.41"));
        QCOMPARE(parser.head().header("OSTYPE"), QByteArray("linux"));
        QVERIFY(parser.head().hasHeader("x-empty"));
        QVERIFY(!parser.head().hasHeader("x-missing"));
    }

    void bodyStreamsBeforeTheEnd()
    {
        // A pull's progress must reach the caller while the stream is still open.
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n");
        QCOMPARE(parser.takeBody(), QByteArray("first"));
        QVERIFY(!parser.isComplete());
        parser.feed("6\r\nsecond\r\n");
        QCOMPARE(parser.takeBody(), QByteArray("second"));
        parser.feed("0\r\n\r\n");
        QVERIFY(parser.isComplete());
        QVERIFY(parser.takeBody().isEmpty());
    }

    void bytesAfterTheResponseAreCounted()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\naHTTP/1.1 200 OK\r\n");
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.trailingBytes(), qsizetype(17));
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
