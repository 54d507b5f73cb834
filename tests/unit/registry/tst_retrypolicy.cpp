// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/redaction.h"
#include "registry/retrypolicy.h"
#include "registry/tokencache.h"

#include <QTest>

using namespace Berth::Registry;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transient_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("transient");
        QTest::newRow("reset") << int(RetryPolicy::Fault::ConnectionFailed) << 0 << true;
        QTest::newRow("stall") << int(RetryPolicy::Fault::Timeout) << 0 << true;
        QTest::newRow("tls") << int(RetryPolicy::Fault::Other) << 0 << false;
        for (int status : {429, 502, 503, 504})
            QTest::addRow("%d", status) << int(RetryPolicy::Fault::Status) << status << true;
        for (int status : {400, 401, 403, 404, 405, 416, 500, 501})
            QTest::addRow("%d", status) << int(RetryPolicy::Fault::Status) << status << false;
    }

    void transient()
    {
        QFETCH(int, fault);
        QFETCH(int, status);
        QFETCH(bool, transient);
        QCOMPARE(RetryPolicy::isTransient(RetryPolicy::Fault(fault), status), transient);
    }

    void backoff()
    {
        RetryPolicy policy;
        policy.setRandom([] { return 0.999999; }); // the full step
        QCOMPARE(policy.delay(2).count(), 1999);
        QCOMPARE(policy.delay(3).count(), 3999);
        QCOMPARE(policy.delay(5).count(), 15999);
        QCOMPARE(policy.delay(12).count(), 59999); // capped at 60 s
        policy.setRandom([] { return 0.0; });      // half the step
        QCOMPARE(policy.delay(2).count(), 1000);
        policy.setScale(0.01);
        QCOMPARE(policy.delay(3).count(), 20);
        QCOMPARE(policy.delay(3, 3000ms).count(), 3000); // Retry-After is not scaled
        QCOMPARE(RetryPolicy::MaxTries, 5);
    }

    // berthctl's exception to the retry policy (docs/exit-codes.md, "Retries"): the tries
    // and a deadline that no retry starts after.
    void triesAndDeadline()
    {
        RetryPolicy policy;
        QVERIFY(policy.allowsTry(5, 3600000ms, 60000ms)); // by default: 5 tries, no deadline
        QVERIFY(!policy.allowsTry(6, 0ms, 0ms));
        QVERIFY(!policy.failsFastOnLoopbackRefusal());
        policy.setMaxTries(11);
        policy.setDeadline(10000ms);
        QVERIFY(policy.allowsTry(11, 0ms, 2000ms));
        QVERIFY(!policy.allowsTry(12, 0ms, 2000ms));
        QVERIFY(policy.allowsTry(3, 6000ms, 4000ms)); // starts exactly at the deadline
        QVERIFY(!policy.allowsTry(3, 6000ms, 4001ms));
        QVERIFY(!policy.allowsTry(2, 10001ms, 0ms));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms"); // -1: none
        QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("date") << QByteArray("Sun, 06 Nov 1994 08:49:47 GMT") << qint64(10000);
        QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:49:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        const auto parsed = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(parsed ? parsed->count() : qint64(-1), ms);
    }

    void tokenCacheHonoursExpiresIn()
    {
        QDateTime now(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
        TokenCache cache;
        cache.setClock([&now] { return now; });
        const QString key = TokenCache::key(QStringLiteral("https://t"), QStringLiteral("s"),
                                            QStringLiteral("repository:a:pull"));
        QVERIFY(!cache.find(key));
        cache.insert(key, QStringLiteral("T1"), 300);
        QCOMPARE(cache.find(key).value_or(QString()), QStringLiteral("T1"));
        QVERIFY(!cache.find(TokenCache::key(QStringLiteral("https://t"), QStringLiteral("s"),
                                            QStringLiteral("repository:b:pull"))));
        now = now.addSecs(289);
        QVERIFY(cache.find(key));
        now = now.addSecs(2); // within the renewal margin
        QVERIFY(!cache.find(key));
        cache.insert(key, QStringLiteral("T2"), 0); // no expires_in: 60 s
        now = now.addSecs(47);
        QVERIFY(cache.find(key));
        now = now.addSecs(4);
        QVERIFY(!cache.find(key));
    }

    void redaction()
    {
        QCOMPARE(Redaction::url(QUrl(QStringLiteral(
                     "https://u:p@cdn.example/blob/x?X-Amz-Signature=abc&X-Amz-Credential=k"))),
                 QStringLiteral("https://cdn.example/blob/x?[redacted]"));
        QCOMPARE(Redaction::header("Authorization", "Bearer abc"), QByteArray("[redacted]"));
        QCOMPARE(Redaction::header("Accept", "x"), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
