// SPDX-License-Identifier: GPL-3.0-or-later
// Docker Hub's answers read by Berth's parsers: Hub's documented examples (tests/data/hub),
// malformed and drifted answers, error bodies, and the rate-limit and retry headers.
#include "hub/hubclient.h"
#include "hub/hubjson.h"
#include "hub/hubratelimit.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Berth;
using namespace Berth::Hub;
using namespace std::chrono_literals;

namespace {

QByteArray sample(const char *name)
{
    QFile file(qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/tests/data/hub/") +
               QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/data/hub/%s", name);
    return file.readAll();
}

// "6 hour(s)" as English's plural forms give it ("6 hours", "1 hour"), whether or not the
// English translation is loaded.
QString inEnglish(QString text)
{
    static const QRegularExpression plural(QStringLiteral("(\\d+) (\\w+)\\(s\\)"));
    QRegularExpressionMatch match;
    while ((match = plural.match(text)).hasMatch())
        text.replace(match.capturedStart(), match.capturedLength(),
                     match.captured(1) + u' ' + match.captured(2) +
                         (match.captured(1) == u"1" ? QString() : QStringLiteral("s")));
    return text;
}

HubRateLimit::Headers headers(std::initializer_list<std::pair<const char *, const char *>> list)
{
    HubRateLimit::Headers out;
    for (const auto &[name, value] : list)
        out.append({QByteArray(name), QByteArray(value)});
    return out;
}

} // namespace

class TestHubJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedTags()
    {
        const auto page = HubJson::tagsPage(sample("tags.json"));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message()));
        QCOMPARE(page->count, 1);
        QVERIFY(page->next.isEmpty());
        QCOMPARE(page->results.size(), 1);
        const HubTag &tag = page->results.first();
        QCOMPARE(tag.name, QStringLiteral("latest"));
        QCOMPARE(tag.fullSize, 123456);
        QCOMPARE(tag.lastPushed, QDateTime(QDate(2021, 1, 5), QTime(21, 6, 53, 506), Qt::UTC));
        QCOMPARE(tag.images.size(), 1);
        QCOMPARE(tag.images.first().platform(), QStringLiteral("linux/amd64"));
        QVERIFY(tag.digest.startsWith(QLatin1String("sha256:")));
    }

    void documentedRepositories()
    {
        const auto page = HubJson::repositoriesPage(sample("repositories.json"));
        QVERIFY(page);
        const HubRepository &repository = page->results.first();
        QCOMPARE(repository.path(), QStringLiteral("docker/hello-world"));
        QCOMPARE(repository.pulls, 6490);
        QVERIFY(!repository.isPrivate);
        QVERIFY(repository.lastUpdated.isValid());
    }

    void documentedSearch()
    {
        const auto page = HubJson::searchPage(sample("search.json"));
        QVERIFY(page);
        QCOMPARE(page->count, 2);
        QCOMPARE(page->next.toString(),
                 QStringLiteral("https://hub.docker.com/v2/search/repositories/"
                                "?page=2&page_size=1&query=busybox"));
        const HubSearchResult &result = page->results.first();
        QCOMPARE(result.name, QStringLiteral("busybox"));
        QVERIFY(result.official);
        QVERIFY(!result.verified);
        QCOMPARE(result.source, QStringLiteral("official"));
        QCOMPARE(result.pulls, Q_INT64_C(7000000000));
    }

    // A verified publisher's repository: source "store", as Hub's catalog names them.
    void verifiedPublisher()
    {
        const auto page = HubJson::searchPage(sample("search_verified.json"));
        QVERIFY(page);
        QCOMPARE(page->results.size(), 1);
        QVERIFY(page->results.first().verified);
        QVERIFY(!page->results.first().official);
        // No source: neither badge; a source of another type is drift.
        const auto community = HubJson::searchPage(
            "{\"count\": 1, \"results\": [{\"repo_name\": \"a/b\", \"source\": \"community\"}]}");
        QVERIFY(community);
        QVERIFY(!community->results.first().verified);
        QVERIFY(!HubJson::searchPage("{\"results\": [{\"repo_name\": \"a/b\", \"source\": 1}]}"));
    }

    void signInAnswers()
    {
        QVERIFY(HubJson::accessToken(sample("auth_token.json"))->startsWith(QLatin1String("eyJ")));
        QVERIFY(HubJson::twoFactorToken(sample("auth_token.json")).isEmpty());
        QCOMPARE(HubJson::twoFactorToken(sample("login_2fa.json")),
                 QStringLiteral("c2VjcmV0LXNlY29uZC1zdGVw"));
        QVERIFY(!HubJson::accessToken(sample("error.json")));
        QCOMPARE(HubJson::accessToken("{\"token\": \"old\"}").value(), QStringLiteral("old"));
    }

    // A field of another type is drift, reported with the field's name; a missing one is empty.
    void drift_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("count") << QByteArray("{\"count\": \"3\", \"results\": []}")
                               << QStringLiteral("field count is not a number");
        QTest::newRow("relative next")
            << QByteArray("{\"next\": \"/v2/x?page=2\", \"results\": []}")
            << QStringLiteral("next is not an absolute URL");
        QTest::newRow("result") << QByteArray("{\"results\": [3]}")
                                << QStringLiteral("a result is not an object");
        QTest::newRow("name") << QByteArray("{\"results\": [{\"name\": 3}]}")
                              << QStringLiteral("field name is not a string");
        QTest::newRow("image") << QByteArray("{\"results\": [{\"images\": [{\"size\": \"x\"}]}]}")
                               << QStringLiteral("field size is not a number");
        QTest::newRow("time") << QByteArray("{\"results\": [{\"tag_last_pushed\": \"yesterday\"}]}")
                              << QStringLiteral("field tag_last_pushed is not a time");
    }

    void drift()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto page = HubJson::tagsPage(body);
        QVERIFY(!page);
        QCOMPARE(page.error().kind(), ErrorKind::Protocol);
        QVERIFY2(page.error().message().contains(message), qPrintable(page.error().message()));
    }

    void missingFieldsAreEmpty()
    {
        const auto page =
            HubJson::tagsPage("{\"results\": [{\"name\": \"1.0\", \"digest\": null}]}");
        QVERIFY(page);
        QCOMPARE(page->results.first().name, QStringLiteral("1.0"));
        QVERIFY(page->results.first().digest.isEmpty());
        QVERIFY(!page->results.first().lastPushed.isValid());
    }

    // The specification draws `images` as one object; Hub's answers give an array.
    void imagesAsObject()
    {
        const auto page = HubJson::tagsPage(
            "{\"results\": [{\"images\": {\"os\": \"linux\", \"architecture\": \"arm\", "
            "\"variant\": \"v7\", \"digest\": \"sha256:ab\", \"size\": 5}}]}");
        QVERIFY(page);
        QCOMPARE(page->results.first().images.first().platform(), QStringLiteral("linux/arm/v7"));
        QCOMPARE(page->results.first().digest, QStringLiteral("sha256:ab"));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("detail") << sample("error.json")
                                << QStringLiteral("Incorrect authentication credentials");
        QTest::newRow("message") << QByteArray(
                                        "{\"message\": \"object not found\", \"errinfo\": {}}")
                                 << QStringLiteral("object not found");
        QTest::newRow("fields") << QByteArray(
                                       "{\"fields\": {\"name\": [\"Enter a valid value.\"]}}")
                                << QStringLiteral("name: Enter a valid value.");
        QTest::newRow("errors")
            << QByteArray("{\"errors\": [{\"code\": \"DENIED\", \"message\": \"no access\"}]}")
            << QStringLiteral("no access");
        QTest::newRow("html") << QByteArray("<html>502</html>") << QString();
    }

    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(HubJson::errorText(body), text);
    }

    void rateLimit_data()
    {
        QTest::addColumn<QByteArray>("limit");
        QTest::addColumn<QByteArray>("remaining");
        QTest::addColumn<QString>("text");
        QTest::newRow("hub") << QByteArray("100;w=21600") << QByteArray("76;w=21600")
                             << QStringLiteral("76 of 100 pulls left per 6 hours");
        QTest::newRow("hour") << QByteArray("10;w=3600") << QByteArray("0;w=3600")
                              << QStringLiteral("0 of 10 pulls left per 1 hour");
        QTest::newRow("odd window") << QByteArray("5;w=90") << QByteArray("5")
                                    << QStringLiteral("5 of 5 pulls left per 90 seconds");
        QTest::newRow("no window")
            << QByteArray("200") << QByteArray("150") << QStringLiteral("150 of 200 pulls left");
        QTest::newRow("remaining only")
            << QByteArray() << QByteArray("3;w=86400") << QStringLiteral("3 pulls left per 1 day");
        QTest::newRow("absent") << QByteArray() << QByteArray()
                                << QStringLiteral("pulls not limited");
        QTest::newRow("unreadable")
            << QByteArray("many") << QByteArray("-1;w=60") << QStringLiteral("pulls not limited");
    }

    void rateLimit()
    {
        QFETCH(QByteArray, limit);
        QFETCH(QByteArray, remaining);
        QFETCH(QString, text);
        HubRateLimit::Headers list{{"Docker-RateLimit-Source", "203.0.113.7"}};
        if (!limit.isEmpty())
            list.append({"RateLimit-Limit", limit});
        if (!remaining.isEmpty())
            list.append({"ratelimit-remaining", remaining});
        const HubRateLimit parsed = HubRateLimit::fromHeaders(list);
        QCOMPARE(inEnglish(parsed.text()), text);
        QCOMPARE(parsed.source, QStringLiteral("203.0.113.7"));
    }

    void retryAfter()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QCOMPARE(HubRateLimit::retryAfter(headers({{"Retry-After", "7"}}), now), 7000ms);
        QCOMPARE(HubRateLimit::retryAfter(headers({{"X-Retry-After", "1700000030"}}), now),
                 30000ms);
        QCOMPARE(HubRateLimit::retryAfter(headers({{"x-ratelimit-reset", "1700000005"}}), now),
                 5000ms);
        // Retry-After wins over the Unix times; a time gone by is no wait.
        QCOMPARE(HubRateLimit::retryAfter(
                     headers({{"Retry-After", "2"}, {"X-Retry-After", "1700000030"}}), now),
                 2000ms);
        QCOMPARE(HubRateLimit::retryAfter(headers({{"X-Retry-After", "1600000000"}}), now), 0ms);
        QVERIFY(!HubRateLimit::retryAfter(headers({{"X-Retry-After", "soon"}}), now));
        QVERIFY(!HubRateLimit::retryAfter({}, now));
    }

    void repositoryPaths()
    {
        QCOMPARE(HubClient::repositoryPath(QStringLiteral("nginx")),
                 QStringLiteral("library/nginx"));
        QCOMPARE(HubClient::repositoryPath(QStringLiteral("docker.io/u/app")),
                 QStringLiteral("u/app"));
        QCOMPARE(HubClient::repositoryPath(QStringLiteral("u/app")), QStringLiteral("u/app"));
    }
};

QTEST_GUILESS_MAIN(TestHubJson)
#include "tst_hubjson.moc"
