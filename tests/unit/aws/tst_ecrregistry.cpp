// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/ecrregistryhost.h"
#include "aws/ecrtokencache.h"

#include <QTest>

using namespace Berth::Aws;

// Which hosts are ECR's, and how long a registry token is used (docs/aws.md).
class TestEcrRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("fips");
        QTest::newRow("commercial") << "123456789012.dkr.ecr.eu-west-1.amazonaws.com"
                                    << "123456789012"
                                    << "eu-west-1" << false;
        QTest::newRow("upper case") << "123456789012.DKR.ECR.US-EAST-2.AMAZONAWS.COM"
                                    << "123456789012"
                                    << "us-east-2" << false;
        QTest::newRow("fips") << "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com"
                              << "123456789012"
                              << "us-gov-west-1" << true;
        QTest::newRow("china") << "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn"
                               << "123456789012"
                               << "cn-north-1" << false;
        QTest::newRow("three-part region") << "000000000001.dkr.ecr.ap-southeast-3.amazonaws.com"
                                           << "000000000001"
                                           << "ap-southeast-3" << false;
        for (const char *other :
             {"docker.io", "registry-1.docker.io", "127.0.0.1:5000",
              "123456789012.dkr.ecr.eu-west-1.amazonaws.com:443",
              "12345678901.dkr.ecr.eu-west-1.amazonaws.com",
              "123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.example",
              "123456789012.dkr.ecr.cn-north-1.amazonaws.com",
              "123456789012.dkr.ecr.eu-west-1.amazonaws.com.cn", "public.ecr.aws",
              "x123456789012.dkr.ecr.eu-west-1.amazonaws.com"})
            QTest::newRow(other) << QString::fromLatin1(other) << QString() << QString() << false;
    }

    void hosts()
    {
        QFETCH(QString, host);
        QFETCH(QString, account);
        QFETCH(QString, region);
        QFETCH(bool, fips);
        const auto parsed = EcrRegistryHost::parse(host);
        QCOMPARE(parsed.has_value(), !account.isEmpty());
        if (!parsed)
            return;
        QCOMPARE(parsed->account, account);
        QCOMPARE(parsed->region, region);
        QCOMPARE(parsed->fips, fips);
        QCOMPARE(parsed->host(), host.toLower()); // and back
    }

    void tokenIsUsedForHalfItsLife()
    {
        QDateTime now(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        EcrTokenCache cache([&now] { return now; });
        QVERIFY(!cache.find(QStringLiteral("123456789012"), QStringLiteral("eu-west-1")));
        cache.store(QStringLiteral("123456789012"), QStringLiteral("eu-west-1"),
                    QStringLiteral("pw"),
                    QStringLiteral("https://123456789012.dkr.ecr.eu-west-1.amazonaws.com"),
                    now.addSecs(12 * 3600));
        now = now.addSecs(6 * 3600 - 1);
        const auto early = cache.find(QStringLiteral("123456789012"), QStringLiteral("eu-west-1"));
        QVERIFY(early);
        QCOMPARE(early->password, QStringLiteral("pw"));
        QVERIFY(!cache.find(QStringLiteral("123456789012"), QStringLiteral("us-east-1")));
        now = now.addSecs(1);
        QVERIFY2(!cache.find(QStringLiteral("123456789012"), QStringLiteral("eu-west-1")),
                 "a token past half its life is fetched again");
    }

    void forgottenOrExpiredTokensAreGone()
    {
        QDateTime now(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
        EcrTokenCache cache([&now] { return now; });
        cache.store(QStringLiteral("1"), QStringLiteral("r"), QStringLiteral("pw"), {},
                    now.addSecs(60));
        QVERIFY(cache.find(QStringLiteral("1"), QStringLiteral("r")));
        cache.forget(QStringLiteral("1"), QStringLiteral("r"));
        QVERIFY(!cache.find(QStringLiteral("1"), QStringLiteral("r")));
        cache.store(QStringLiteral("1"), QStringLiteral("r"), QStringLiteral("pw"), {},
                    now.addSecs(-5));
        QVERIFY2(!cache.find(QStringLiteral("1"), QStringLiteral("r")),
                 "already expired when stored");
    }
};

QTEST_GUILESS_MAIN(TestEcrRegistry)
#include "tst_ecrregistry.moc"
