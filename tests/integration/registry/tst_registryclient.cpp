// SPDX-License-Identifier: GPL-3.0-or-later
// The registry client against real registries (tests/env), filled by curl: catalog and
// tags pagination, manifests and indexes, blobs, each auth mode, token renewal, a mirror
// for docker.io, and TLS with certs.d (docs/reliability.md #18).
#include "registry/blobdownload.h"
#include "registrytesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Berth;
using namespace Berth::Registry;
using namespace RegistryTest;

namespace {

QString state(const char *service, const char *file)
{
    return TestEnv::readState(QLatin1StringView(service), QLatin1StringView(file));
}

Credentials user(const QString &name, const QString &password)
{
    Credentials c;
    c.username = name;
    c.password = password;
    return c;
}

int tokenServerCount(const char *counter)
{
    const QString port = state("registry_token", "token_port");
    return QJsonDocument::fromJson(
               curl({QStringLiteral("http://127.0.0.1:") + port + QStringLiteral("/stats")}))
        .object()
        .value(QLatin1StringView(counter))
        .toInt();
}

int tokensIssued()
{
    return tokenServerCount("issued");
}

} // namespace

class TestRegistryClient : public QObject
{
    Q_OBJECT

private:
    QString m_openUrl, m_openHost, m_tokenUrl, m_tokenHost, m_basicUrl, m_basicHost;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_openUrl = state("registry_open", "url");
        m_openHost = state("registry_open", "host");
        m_tokenUrl = state("registry_token", "url");
        m_tokenHost = state("registry_token", "host");
        m_basicUrl = state("registry_htpasswd", "url");
        m_basicHost = state("registry_htpasswd", "host");
    }

    void catalog_lowMaxEntriesEveryPage()
    {
        BERTH_REQUIRE_SERVICE(m_openUrl, "registry_open");
        QVERIFY(
            seed({QStringLiteral("repos"), m_openUrl, QStringLiteral("cat"), QStringLiteral("5")}));
        // The registry answers two repositories a page: several pages, followed by Link.
        const QByteArray firstPage = curl({m_openUrl + QStringLiteral("/v2/_catalog")});
        QCOMPARE(
            QJsonDocument::fromJson(firstPage).object().value(u"repositories").toArray().size(), 2);
        std::unique_ptr<RegistryClient> c(client(m_openHost));
        const auto result =
            wait<QStringList>([&](QObject *ctx, auto done) { c->catalog(0, ctx, done); });
        REQUIRE_OK(result);
        for (int i = 0; i < 5; ++i)
            QVERIFY2(result->contains(QStringLiteral("cat/r%1").arg(i)),
                     qPrintable(result->join(u' ')));
        // In the registry's order: it walks its storage folder by folder, so the order is
        // by path component ("run/a" before "run-ui/a", though '-' sorts before '/').
        QStringList sorted = *result;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.split(u'/') < b.split(u'/'); });
        QCOMPARE(*result, sorted);
        QCOMPARE(QSet<QString>(result->cbegin(), result->cend()).size(),
                 result->size()); // each once
    }

    void tags_300CompleteInOrder()
    {
        BERTH_REQUIRE_SERVICE(m_openUrl, "registry_open");
        QVERIFY(seed({QStringLiteral("tags"), m_openUrl, QStringLiteral("many/tags"),
                      QStringLiteral("300")}));
        const QJsonArray expected =
            QJsonDocument::fromJson(curl({m_openUrl + QStringLiteral("/v2/many/tags/tags/list")}))
                .object()
                .value(u"tags")
                .toArray();
        QCOMPARE(expected.size(), 300);
        std::unique_ptr<RegistryClient> c(client(m_openHost));
        const auto result = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("many/tags"), 100, ctx, done); });
        REQUIRE_OK(result);
        QStringList curlTags;
        for (const QJsonValue &v : expected)
            curlTags.append(v.toString());
        QCOMPARE(*result, curlTags);
    }

    void manifest_byTagDigestAndHead()
    {
        BERTH_REQUIRE_SERVICE(m_openUrl, "registry_open");
        const auto seeded = seed({QStringLiteral("image"), m_openUrl, QStringLiteral("man/img"),
                                  QStringLiteral("1.0"), QStringLiteral("4096")});
        QVERIFY(seeded);
        const QStringList parts = seeded->split(u' ');
        std::unique_ptr<RegistryClient> c(client(m_openHost));
        const auto byTag = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifest(ref(m_openHost + QStringLiteral("/man/img:1.0")), ctx, done);
        });
        REQUIRE_OK(byTag);
        QCOMPARE(byTag->digest, parts.at(0));
        QCOMPARE(byTag->headerDigest, parts.at(0));
        QVERIFY(byTag->warnings.isEmpty());
        QCOMPARE(byTag->manifest.mediaType(),
                 QStringLiteral("application/vnd.docker.distribution.manifest.v2+json"));
        QCOMPARE(byTag->manifest.layers().first().digest, parts.at(1));
        const QByteArray raw =
            curl({QStringLiteral("-H"),
                  QStringLiteral("Accept: application/vnd.docker.distribution.manifest.v2+json"),
                  m_openUrl + QStringLiteral("/v2/man/img/manifests/1.0")});
        QCOMPARE(byTag->bytes, raw);

        const auto byDigest = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifest(ref(m_openHost + QStringLiteral("/man/img@") + parts.at(0)), ctx, done);
        });
        REQUIRE_OK(byDigest);
        QCOMPARE(byDigest->bytes, raw);

        const auto head = wait<ContentHead>([&](QObject *ctx, auto done) {
            c->manifestHead(ref(m_openHost + QStringLiteral("/man/img:1.0")), ctx, done);
        });
        REQUIRE_OK(head);
        QCOMPARE(head->digest, parts.at(0));
        QCOMPARE(head->size, raw.size());

        const auto blob = wait<ContentHead>([&](QObject *ctx, auto done) {
            c->blobHead(QStringLiteral("man/img"), parts.at(1), ctx, done);
        });
        REQUIRE_OK(blob);
        QCOMPARE(blob->size, parts.at(2).toLongLong());

        const auto missing = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifest(ref(m_openHost + QStringLiteral("/man/img:nope")), ctx, done);
        });
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind(), ErrorKind::NotFound);
        QVERIFY2(missing.error().message().contains(QStringLiteral("MANIFEST_UNKNOWN")),
                 qPrintable(missing.error().message()));
    }

    void index_twoPlatforms()
    {
        BERTH_REQUIRE_SERVICE(m_openUrl, "registry_open");
        const auto digest = seed({QStringLiteral("index"), m_openUrl, QStringLiteral("multi/app"),
                                  QStringLiteral("1.0")});
        QVERIFY(digest);
        std::unique_ptr<RegistryClient> c(client(m_openHost));
        const auto index = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifest(ref(m_openHost + QStringLiteral("/multi/app:1.0")), ctx, done);
        });
        REQUIRE_OK(index);
        QCOMPARE(index->digest, *digest);
        QVERIFY(index->manifest.isIndex());
        QStringList platforms;
        for (const Descriptor &d : index->manifest.platformManifests())
            platforms.append(d.platform.toString());
        QCOMPARE(platforms,
                 (QStringList{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64/v8")}));

        const auto arm = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifestForPlatform(ref(m_openHost + QStringLiteral("/multi/app:1.0")),
                                   Platform::parse(QStringLiteral("linux/arm64")), ctx, done);
        });
        REQUIRE_OK(arm);
        QVERIFY(!arm->manifest.isIndex());
        QCOMPARE(arm->digest, index->manifest.platformManifests().at(1).digest);
    }

    void blob_downloadVerified()
    {
        BERTH_REQUIRE_SERVICE(m_openUrl, "registry_open");
        const auto seeded = seed({QStringLiteral("image"), m_openUrl, QStringLiteral("blob/img"),
                                  QStringLiteral("1.0"), QStringLiteral("300000")});
        QVERIFY(seeded);
        const QStringList parts = seeded->split(u' ');
        std::unique_ptr<RegistryClient> c(client(m_openHost));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("blob")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto size = wait<qint64>([&](QObject *ctx, auto done) {
            BlobDownload *d = c->downloadBlob(QStringLiteral("blob/img"), parts.at(1),
                                              parts.at(2).toLongLong(), &file);
            connect(d, &BlobDownload::finished, ctx, done);
            d->start();
        });
        REQUIRE_OK(size);
        QCOMPARE(*size, parts.at(2).toLongLong());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(Sha256::of(file.readAll()), parts.at(1));
    }

    void auth_bearer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("oauth2");
        QTest::addColumn<bool>("catalogAllowed");
        QTest::addColumn<bool>("pullAllowed");
        QTest::newRow("anonymous") << QString() << QString() << false << false << false;
        QTest::newRow("alice, token GET")
            << QStringLiteral("alice") << QStringLiteral("alice-secret-1") << false << true << true;
        QTest::newRow("alice, OAuth2 POST")
            << QStringLiteral("alice") << QStringLiteral("alice-secret-1") << true << true << true;
        QTest::newRow("bob, pull only")
            << QStringLiteral("bob") << QStringLiteral("bob-secret-2") << false << false << true;
        QTest::newRow("carol") << QStringLiteral("carol") << QStringLiteral("carol-secret-3")
                               << true << false << true;
    }

    void auth_bearer()
    {
        BERTH_REQUIRE_SERVICE(m_tokenUrl, "registry_token");
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(bool, oauth2);
        QFETCH(bool, catalogAllowed);
        QFETCH(bool, pullAllowed);
        const QString token = bearerToken(QStringLiteral("alice"), QStringLiteral("alice-secret-1"),
                                          QStringLiteral("repository:tok/app:pull,push"));
        QVERIFY(seed({QStringLiteral("image"), m_tokenUrl, QStringLiteral("tok/app"),
                      QStringLiteral("1.0"), QStringLiteral("1024"), QStringLiteral("-H"),
                      QStringLiteral("Authorization: Bearer ") + token}));
        RegistryConfig config;
        config.oauth2 = oauth2;
        std::unique_ptr<RegistryClient> c(client(m_tokenHost, config, user(name, password)));
        const auto tags = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("tok/app"), 0, ctx, done); });
        QCOMPARE(tags.ok(), pullAllowed);
        if (pullAllowed)
            QVERIFY(tags->contains(QStringLiteral("1.0")));
        else
            QCOMPARE(tags.error().kind(), ErrorKind::PermissionDenied);
        const auto catalog =
            wait<QStringList>([&](QObject *ctx, auto done) { c->catalog(0, ctx, done); });
        QCOMPARE(catalog.ok(), catalogAllowed);
        if (!catalogAllowed) {
            QCOMPARE(catalog.error().kind(), ErrorKind::PermissionDenied);
            QVERIFY2(catalog.error().message().contains(m_tokenHost),
                     qPrintable(catalog.error().message()));
            if (!name.isEmpty())
                QVERIFY2(catalog.error().message().contains(QStringLiteral("user ") + name),
                         qPrintable(catalog.error().message()));
        }
    }

    void auth_oauth2FallsBackToGet()
    {
        // A token server that answers the OAuth2 form with 404: the client asks again with GET.
        BERTH_REQUIRE_SERVICE(m_tokenUrl, "registry_token");
        const QString token = bearerToken(QStringLiteral("alice"), QStringLiteral("alice-secret-1"),
                                          QStringLiteral("repository:tok/fallback:pull,push"));
        QVERIFY(seed({QStringLiteral("image"), m_tokenUrl, QStringLiteral("tok/fallback"),
                      QStringLiteral("1.0"), QStringLiteral("1024"), QStringLiteral("-H"),
                      QStringLiteral("Authorization: Bearer ") + token}));
        TokenServerSetting getOnly(QStringLiteral("oauth2"), false);
        const int refusedBefore = tokenServerCount("posts_not_served");
        const int issuedBefore = tokensIssued();
        RegistryConfig config;
        config.oauth2 = true;
        std::unique_ptr<RegistryClient> c(client(
            m_tokenHost, config, user(QStringLiteral("alice"), QStringLiteral("alice-secret-1"))));
        const auto tags = wait<QStringList>([&](QObject *ctx, auto done) {
            c->tags(QStringLiteral("tok/fallback"), 0, ctx, done);
        });
        QVERIFY2(tags.ok(), qPrintable(tags.ok() ? QString() : tags.error().message()));
        QVERIFY(tags->contains(QStringLiteral("1.0")));
        QVERIFY(tokenServerCount("posts_not_served") > refusedBefore); // the POST was tried
        QVERIFY(tokensIssued() > issuedBefore);                        // and the GET served
    }

    void auth_wrongPassword_data()
    {
        QTest::addColumn<QString>("service");
        QTest::newRow("token server") << QStringLiteral("registry_token");
        QTest::newRow("htpasswd") << QStringLiteral("registry_htpasswd");
    }

    void auth_wrongPassword()
    {
        QFETCH(QString, service);
        const QString host = TestEnv::readState(service, QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(host, "registry");
        const QString secret = QStringLiteral("not-alice-secret-9");
        std::unique_ptr<RegistryClient> c(client(host, {}, user(QStringLiteral("alice"), secret)));
        const auto tags = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("any/repo"), 0, ctx, done); });
        QVERIFY(!tags);
        QCOMPARE(tags.error().kind(), ErrorKind::PermissionDenied);
        const QString message = tags.error().message();
        QVERIFY2(message.contains(QStringLiteral("registry ") + host) &&
                     message.contains(QStringLiteral("user alice")),
                 qPrintable(message));
        QVERIFY(!message.contains(secret));
        QVERIFY(!message.contains(
            QString::fromLatin1(QByteArray("alice:" + secret.toUtf8()).toBase64())));
    }

    void auth_basic()
    {
        BERTH_REQUIRE_SERVICE(m_basicUrl, "registry_htpasswd");
        QVERIFY(seed({QStringLiteral("image"), m_basicUrl, QStringLiteral("basic/app"),
                      QStringLiteral("1.0"), QStringLiteral("1024"), QStringLiteral("-u"),
                      QStringLiteral("bob:bob-secret-2")}));
        std::unique_ptr<RegistryClient> anonymous(client(m_basicHost));
        const auto refused = wait<QStringList>([&](QObject *ctx, auto done) {
            anonymous->tags(QStringLiteral("basic/app"), 0, ctx, done);
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), ErrorKind::PermissionDenied);
        std::unique_ptr<RegistryClient> c(
            client(m_basicHost, {}, user(QStringLiteral("bob"), QStringLiteral("bob-secret-2"))));
        const auto tags = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("basic/app"), 0, ctx, done); });
        REQUIRE_OK(tags);
        QCOMPARE(*tags, QStringList{QStringLiteral("1.0")});
        const auto catalog =
            wait<QStringList>([&](QObject *ctx, auto done) { c->catalog(0, ctx, done); });
        REQUIRE_OK(catalog);
        QVERIFY(catalog->contains(QStringLiteral("basic/app")));
    }

    void token_cachedUntilExpiresIn()
    {
        BERTH_REQUIRE_SERVICE(m_tokenUrl, "registry_token");
        TokenServerSetting ttl(QStringLiteral("ttl"), 3);
        std::unique_ptr<RegistryClient> c(
            client(m_tokenHost, {}, user(QStringLiteral("bob"), QStringLiteral("bob-secret-2"))));
        const int before = tokensIssued();
        for (int i = 0; i < 3; ++i) {
            const auto tags = wait<QStringList>(
                [&](QObject *ctx, auto done) { c->tags(QStringLiteral("tok/app"), 0, ctx, done); });
            REQUIRE_OK(tags);
        }
        QCOMPARE(tokensIssued() - before, 1); // one token for three calls of one scope
        QTest::qWait(3200);
        const auto tags = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("tok/app"), 0, ctx, done); });
        REQUIRE_OK(tags);
        QCOMPARE(tokensIssued() - before, 2); // expires_in honoured: renewed before use
    }

    void token_expiredMidListingRenewed()
    {
        BERTH_REQUIRE_SERVICE(m_tokenUrl, "registry_token");
        const QString token = bearerToken(QStringLiteral("alice"), QStringLiteral("alice-secret-1"),
                                          QStringLiteral("repository:tok/many:pull,push"));
        QVERIFY(seed({QStringLiteral("tags"), m_tokenUrl, QStringLiteral("tok/many"),
                      QStringLiteral("5"), QStringLiteral("-H"),
                      QStringLiteral("Authorization: Bearer ") + token}));
        // The registry allows 60 s of clock skew: a token "expired 57 s ago" lives 3 s more,
        // while the server's negative expires_in makes Berth keep it the default 60 s.
        TokenServerSetting ttl(QStringLiteral("ttl"), -57);
        std::unique_ptr<RegistryClient> c(client(
            m_tokenHost, {}, user(QStringLiteral("alice"), QStringLiteral("alice-secret-1"))));
        const int before = tokensIssued();
        const auto first = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("tok/many"), 2, ctx, done); });
        REQUIRE_OK(first);
        QCOMPARE(first->size(), 5);
        QTest::qWait(4000);
        // The cached token is now refused with a 401: a new one is fetched and the listing
        // completes.
        const auto second = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("tok/many"), 2, ctx, done); });
        REQUIRE_OK(second);
        QCOMPARE(*second, *first);
        QCOMPARE(tokensIssued() - before, 2);
    }

    void mirror_dockerIoToLocalTokenRegistry()
    {
        BERTH_REQUIRE_SERVICE(m_tokenUrl, "registry_token");
        const QString token = bearerToken(QStringLiteral("alice"), QStringLiteral("alice-secret-1"),
                                          QStringLiteral("repository:library/mirrored:pull,push"));
        const auto seeded =
            seed({QStringLiteral("image"), m_tokenUrl, QStringLiteral("library/mirrored"),
                  QStringLiteral("2.0"), QStringLiteral("1024"), QStringLiteral("-H"),
                  QStringLiteral("Authorization: Bearer ") + token});
        QVERIFY(seeded);
        const auto endpoint = RegistryEndpoint::resolve(QStringLiteral("docker.io"), {});
        QVERIFY(endpoint);
        QCOMPARE(endpoint->candidates().first(),
                 QUrl(QStringLiteral("https://registry-1.docker.io")));
        RegistryConfig config;
        config.endpointOverride = QUrl(m_tokenUrl);
        std::unique_ptr<RegistryClient> c(
            client(QStringLiteral("docker.io"), config,
                   user(QStringLiteral("bob"), QStringLiteral("bob-secret-2"))));
        const auto m = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifest(ref(QStringLiteral("mirrored:2.0")), ctx, done);
        });
        REQUIRE_OK(m);
        QCOMPARE(m->digest, seeded->split(u' ').first());
    }

    // docs/reliability.md #18: no CA -> fail closed; certs.d/<host:port>/ca.crt -> works;
    // insecure opt-in -> works; mutual TLS with client.cert + client.key; .cert without .key.
    void row18_tlsCertsD()
    {
        const QString host = state("registry_tls", "host");
        BERTH_REQUIRE_SERVICE(host, "registry_tls");
        const QString url = state("registry_tls", "url");
        const QString certsD = TestEnv::envDir() + QStringLiteral("/registry_tls/config/certs.d");
        const QString ca = TestEnv::envDir() + QStringLiteral("/registry_tls/pki/ca.crt");
        QVERIFY(
            seed({QStringLiteral("image"), url, QStringLiteral("tls/app"), QStringLiteral("1.0"),
                  QStringLiteral("1024"), QStringLiteral("--cacert"), ca}));
        auto tagsOf = [](RegistryClient *c) {
            return wait<QStringList>(
                [&](QObject *ctx, auto done) { c->tags(QStringLiteral("tls/app"), 0, ctx, done); });
        };
        {
            std::unique_ptr<RegistryClient> c(client(host));
            const auto closed = tagsOf(c.get());
            QVERIFY(!closed);
            QVERIFY2(closed.error().message().contains(QStringLiteral("certificate"),
                                                       Qt::CaseInsensitive),
                     qPrintable(closed.error().message()));
        }
        RegistryConfig withCertsD;
        withCertsD.certsDirRoot = certsD;
        {
            std::unique_ptr<RegistryClient> c(client(host, withCertsD));
            const auto ok = tagsOf(c.get());
            REQUIRE_OK(ok);
            QCOMPARE(c->baseUrl().scheme(), QStringLiteral("https"));
        }
        RegistryConfig withCa;
        withCa.caFile = ca;
        {
            std::unique_ptr<RegistryClient> c(client(host, withCa));
            REQUIRE_OK(tagsOf(c.get()));
        }
        RegistryConfig insecure;
        insecure.insecure = true;
        {
            std::unique_ptr<RegistryClient> c(client(host, insecure));
            REQUIRE_OK(tagsOf(c.get()));
            QCOMPARE(c->baseUrl().scheme(), QStringLiteral("https"));
        }
        const QString mtlsHost = state("registry_tls", "mtls_host");
        {
            // Without a client certificate: TLS 1.3 servers refuse it after the handshake, and
            // Qt 6.4 then sees no error, only silence, which the idle timer ends.
            RegistryConfig noClientCertificate = withCa;
            noClientCertificate.idleTimeoutMs = 1000;
            std::unique_ptr<RegistryClient> c(client(mtlsHost, noClientCertificate));
            QVERIFY(!tagsOf(c.get()));
        }
        {
            std::unique_ptr<RegistryClient> c(client(mtlsHost, withCertsD));
            REQUIRE_OK(tagsOf(c.get()));
        }
        // The same pair named file by file (the window's Settings ▸ Registries); a
        // certificate without its key is refused before any connection.
        RegistryConfig withFiles = withCa;
        withFiles.clientCertificateFile =
            TestEnv::envDir() + QStringLiteral("/registry_tls/pki/client.cert");
        withFiles.clientKeyFile =
            TestEnv::envDir() + QStringLiteral("/registry_tls/pki/client.key");
        {
            std::unique_ptr<RegistryClient> c(client(mtlsHost, withFiles));
            REQUIRE_OK(tagsOf(c.get()));
        }
        RegistryConfig halfPair = withFiles;
        halfPair.clientKeyFile.clear();
        const auto noKeyFile = RegistryEndpoint::resolve(mtlsHost, halfPair);
        QVERIFY(!noKeyFile);
        QVERIFY(noKeyFile.error().message().contains(QStringLiteral("key file")));
        QTemporaryDir broken;
        QVERIFY(QDir().mkpath(broken.filePath(mtlsHost)));
        QVERIFY(QFile::copy(certsD + u'/' + mtlsHost + QStringLiteral("/client.cert"),
                            broken.filePath(mtlsHost + QStringLiteral("/client.cert"))));
        RegistryConfig noKey;
        noKey.certsDirRoot = broken.path();
        const auto refused = RegistryEndpoint::resolve(mtlsHost, noKey);
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QStringLiteral("no key")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
