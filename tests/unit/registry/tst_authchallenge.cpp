// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/authchallenge.h"

#include <QTest>

using namespace Berth::Registry;

class TestAuthChallenge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QStringList>("expected"); // "scheme|name=value|..." per challenge

        QTest::newRow("docker hub")
            << QByteArray("Bearer "
                          "realm=\"https://auth.docker.io/"
                          "token\",service=\"registry.docker.io\",scope=\"repository:samalba/"
                          "my-app:pull,push\"")
            << QStringList{QStringLiteral(
                   "bearer|realm=https://auth.docker.io/token|scope=repository:samalba/"
                   "my-app:pull,push|service=registry.docker.io")};
        QTest::newRow("basic") << QByteArray("Basic realm=\"berth-test\"")
                               << QStringList{QStringLiteral("basic|realm=berth-test")};
        QTest::newRow("two in one header")
            << QByteArray("Basic realm=\"a\", Bearer realm=\"https://t/token\",service=\"s\"")
            << QStringList{QStringLiteral("basic|realm=a"),
                           QStringLiteral("bearer|realm=https://t/token|service=s")};
        QTest::newRow("error param")
            << QByteArray(
                   "Bearer "
                   "realm=\"https://t\",error=\"insufficient_scope\",scope=\"registry:catalog:*\"")
            << QStringList{QStringLiteral(
                   "bearer|error=insufficient_scope|realm=https://t|scope=registry:catalog:*")};
        QTest::newRow("spaces and case")
            << QByteArray("  BEARER   Realm = \"https://t\" ,  Service=unquoted  ")
            << QStringList{QStringLiteral("bearer|realm=https://t|service=unquoted")};
        QTest::newRow("escaped quote")
            << QByteArray("Bearer realm=\"https://t/\\\"x\\\"\"")
            << QStringList{QStringLiteral("bearer|realm=https://t/\"x\"")};
        QTest::newRow("scheme alone")
            << QByteArray("Negotiate") << QStringList{QStringLiteral("negotiate")};
        QTest::newRow("token68") << QByteArray("Negotiate abc==, Basic realm=x")
                                 << QStringList{QStringLiteral("negotiate|=abc=="),
                                                QStringLiteral("basic|realm=x")};
        QTest::newRow("unterminated") << QByteArray("Bearer realm=\"https://t")
                                      << QStringList{QStringLiteral("bearer|realm=https://t")};
        QTest::newRow("empty") << QByteArray() << QStringList{};
        QTest::newRow("junk") << QByteArray("\"\",;;==") << QStringList{};
    }

    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const AuthChallenge &c : AuthChallenge::parse(header)) {
            QString text = c.scheme;
            for (auto it = c.params.cbegin(); it != c.params.cend(); ++it)
                text += u'|' + it.key() + u'=' + it.value();
            actual.append(text);
        }
        QCOMPARE(actual, expected);
    }

    void preferred()
    {
        const auto both =
            AuthChallenge::parse("Basic realm=\"a\", Bearer realm=\"https://t\",service=\"s\"");
        QVERIFY(AuthChallenge::preferred(both));
        QVERIFY(AuthChallenge::preferred(both)->isBearer());
        const auto basic = AuthChallenge::parse("Basic realm=\"a\"");
        QVERIFY(AuthChallenge::preferred(basic)->isBasic());
        QVERIFY(!AuthChallenge::preferred(AuthChallenge::parse("Negotiate")));
    }

    void realm_data()
    {
        QTest::addColumn<QString>("realm");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https realm") << "https://auth.docker.io/token"
                                     << "https://registry-1.docker.io" << false << true;
        QTest::newRow("http realm, https registry") << "http://auth.example/token"
                                                    << "https://r.example" << false << false;
        QTest::newRow("http loopback realm, https registry")
            << "http://127.0.0.1:9/token"
            << "https://127.0.0.1:5000" << false << false;
        QTest::newRow("http realm, insecure registry") << "http://auth.example/token"
                                                       << "https://r.example" << true << true;
        QTest::newRow("local http registry, local realm")
            << "http://127.0.0.1:9/token"
            << "http://127.0.0.1:5000" << false << true;
        QTest::newRow("local http registry, foreign realm")
            << "http://192.0.2.1/token"
            << "http://127.0.0.1:5000" << false << false;
        QTest::newRow("ftp realm") << "ftp://auth.example/token"
                                   << "https://r.example" << true << false;
        QTest::newRow("no host") << "https:///token"
                                 << "https://r.example" << false << false;
    }

    void realm()
    {
        QFETCH(QString, realm);
        QFETCH(QString, registry);
        QFETCH(bool, insecure);
        QFETCH(bool, allowed);
        QCOMPARE(realmAllowed(QUrl(realm), QUrl(registry), insecure), allowed);
    }
};

QTEST_GUILESS_MAIN(TestAuthChallenge)
#include "tst_authchallenge.moc"
