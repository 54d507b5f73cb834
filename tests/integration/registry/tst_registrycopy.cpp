// SPDX-License-Identifier: GPL-3.0-or-later
// Copies between real registries (tests/env), seeded by curl and checked by skopeo: across
// registries with different auth, a two-platform index whole and one platform alone, a mount
// inside one registry, a remote retag, and the faults of docs/reliability.md that a copy meets
// (#1 a corrupted blob, #19 a token shorter than the copy) and a cancel.
#include "registry/registrycopy.h"
#include "registry/sha256.h"
#include "registrytesthelpers.h"

#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

using namespace Berth;
using namespace Berth::Registry;
using namespace RegistryTest;

namespace {

const QString AliceCreds = QStringLiteral("alice:alice-secret-1");

Credentials alice()
{
    Credentials c;
    c.username = QStringLiteral("alice");
    c.password = QStringLiteral("alice-secret-1");
    return c;
}

QString host(const QString &service)
{
    return TestEnv::readState(service, QStringLiteral("host"));
}

QString url(const QString &service)
{
    return TestEnv::readState(service, QStringLiteral("url"));
}

bool needsLogin(const QString &service)
{
    return service == u"registry_htpasswd" || service == u"registry_token";
}

QStringList skopeoCreds(const QString &service, const QString &option = QStringLiteral("--creds"))
{
    if (!needsLogin(service))
        return {};
    return {option, AliceCreds};
}

// skopeo's bytes of a manifest ("" when it has none).
QByteArray skopeoRaw(const QString &service, const QString &reference)
{
    QProcess p;
    p.start(QStringLiteral("skopeo"),
            QStringList{QStringLiteral("inspect"), QStringLiteral("--raw"),
                        QStringLiteral("--tls-verify=false")} +
                skopeoCreds(service) +
                QStringList{QStringLiteral("docker://") + host(service) + u'/' + reference});
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

QStringList skopeoTags(const QString &service, const QString &repository)
{
    const auto out =
        run(QStringLiteral("skopeo"),
            QStringList{QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false")} +
                skopeoCreds(service) +
                QStringList{QStringLiteral("docker://") + host(service) + u'/' + repository});
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(out.value_or(QString()).toUtf8())
                                   .object()
                                   .value(u"Tags")
                                   .toArray())
        tags.append(v.toString());
    return tags;
}

// Curl arguments that authenticate to a registry as alice, for the seeding script.
QStringList seedAuth(const QString &service, const QString &repository)
{
    if (service == u"registry_htpasswd")
        return {QStringLiteral("-u"), AliceCreds};
    if (service == u"registry_token")
        return {QStringLiteral("-H"),
                QStringLiteral("Authorization: Bearer ") +
                    bearerToken(QStringLiteral("alice"), QStringLiteral("alice-secret-1"),
                                QStringLiteral("repository:") + repository +
                                    QStringLiteral(":pull,push"))};
    return {};
}

// seed.sh image: "MANIFEST_DIGEST LAYER_DIGEST LAYER_SIZE".
QStringList seedImage(const QString &service, const QString &repository, int layerBytes)
{
    const auto out = seed(QStringList{QStringLiteral("image"), url(service), repository,
                                      QStringLiteral("v1"), QString::number(layerBytes)} +
                          seedAuth(service, repository));
    return out ? out->split(u' ') : QStringList();
}

struct CopyRun
{
    Result<QString> result = Error(ErrorKind::Internal, QStringLiteral("not run"));
    QMap<QString, RegistryCopy::BlobOutcome> outcomes;
};

CopyRun copy(RegistryClient *source, const QString &from, RegistryClient *destination,
             const QString &to, RegistryCopy::Options options = {},
             std::function<void(RegistryCopy *)> onProgress = {})
{
    CopyRun run;
    run.result = wait<QString>([&](QObject *context, auto done) {
        auto *c = new RegistryCopy(source, ref(from), destination, ref(to), options, context);
        QObject::connect(c, &RegistryCopy::blobFinished, context,
                         [&run](const QString &digest, qint64, RegistryCopy::BlobOutcome outcome) {
                             run.outcomes.insert(digest, outcome);
                         });
        if (onProgress)
            QObject::connect(c, &RegistryCopy::blobProgress, c, [c, onProgress] { onProgress(c); });
        QObject::connect(c, &RegistryCopy::finished, context, done);
        c->start();
    });
    return run;
}

QJsonArray proxyLog()
{
    const auto stats = proxyStats();
    return stats ? stats->value(u"log").toArray() : QJsonArray();
}

int proxyRequests(const QString &method, const QString &pathPart)
{
    int n = 0;
    for (const QJsonValue &v : proxyLog()) {
        const QJsonObject e = v.toObject();
        if (e.value(u"method").toString() == method &&
            e.value(u"path").toString().contains(pathPart))
            ++n;
    }
    return n;
}

} // namespace

class TestRegistryCopy : public QObject
{
    Q_OBJECT

private:
    RegistryClient *clientFor(const QString &service, QObject *parent)
    {
        return client(host(service), {}, needsLogin(service) ? alice() : Credentials(), parent);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void acrossRegistries_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("open to htpasswd")
            << QStringLiteral("registry_open") << QStringLiteral("registry_htpasswd");
        QTest::newRow("token to open")
            << QStringLiteral("registry_token") << QStringLiteral("registry_open");
    }

    void acrossRegistries()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QString repo = QStringLiteral("copy/across-") + QString(from).remove(u'_');
        const QStringList seeded = seedImage(from, repo, 2 * 1024 * 1024 + 17);
        QCOMPARE(seeded.size(), 3);
        QObject owner;
        RegistryClient *source = clientFor(from, &owner);
        RegistryClient *destination = clientFor(to, &owner);
        const auto run = copy(source, host(from) + u'/' + repo + QStringLiteral(":v1"), destination,
                              host(to) + QStringLiteral("/team/app:1"));
        REQUIRE_OK(run.result);
        QCOMPARE(*run.result, seeded.at(0));
        QCOMPARE(run.outcomes.value(seeded.at(1)), RegistryCopy::BlobOutcome::Uploaded);
        const QByteArray sourceBytes = skopeoRaw(from, repo + QStringLiteral(":v1"));
        QVERIFY(!sourceBytes.isEmpty());
        QCOMPARE(skopeoRaw(to, QStringLiteral("team/app:1")), sourceBytes);
        // skopeo's own copy of the same source lands on the same digest.
        QVERIFY(RegistryTest::run(
            QStringLiteral("skopeo"),
            QStringList{QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                        QStringLiteral("--dest-tls-verify=false")} +
                skopeoCreds(from, QStringLiteral("--src-creds")) +
                skopeoCreds(to, QStringLiteral("--dest-creds")) +
                QStringList{
                    QStringLiteral("docker://") + host(from) + u'/' + repo + QStringLiteral(":v1"),
                    QStringLiteral("docker://") + host(to) + QStringLiteral("/team/skopeo:1")}));
        QCOMPARE(Sha256::of(skopeoRaw(to, QStringLiteral("team/skopeo:1"))), seeded.at(0));
        // Again: the destination has every blob; HEAD skips them.
        const auto again = copy(source, host(from) + u'/' + repo + QStringLiteral(":v1"),
                                destination, host(to) + QStringLiteral("/team/app:2"));
        REQUIRE_OK(again.result);
        QCOMPARE(again.outcomes.value(seeded.at(1)), RegistryCopy::BlobOutcome::Present);
    }

    void indexWholeAndOnePlatform()
    {
        const QString from = QStringLiteral("registry_open");
        const QString to = QStringLiteral("registry_htpasswd");
        const auto indexDigest = seed({QStringLiteral("index"), url(from),
                                       QStringLiteral("copy/index"), QStringLiteral("multi")});
        QVERIFY(indexDigest);
        QObject owner;
        RegistryClient *source = clientFor(from, &owner);
        RegistryClient *destination = clientFor(to, &owner);
        const QString src = host(from) + QStringLiteral("/copy/index:multi");
        const auto whole =
            copy(source, src, destination, host(to) + QStringLiteral("/copy/index:all"));
        REQUIRE_OK(whole.result);
        QCOMPARE(*whole.result, *indexDigest);
        const QByteArray index = skopeoRaw(from, QStringLiteral("copy/index:multi"));
        QCOMPARE(skopeoRaw(to, QStringLiteral("copy/index:all")), index);

        RegistryCopy::Options arm;
        arm.platform = Platform::parse(QStringLiteral("linux/arm64"));
        const auto one =
            copy(source, src, destination, host(to) + QStringLiteral("/copy/index-arm:1"), arm);
        REQUIRE_OK(one.result);
        const auto parsed =
            Manifest::parse(index, QStringLiteral("application/vnd.oci.image.index.v1+json"));
        REQUIRE_OK(parsed);
        const auto child = parsed->select(arm.platform);
        REQUIRE_OK(child);
        // The tag names the platform's manifest, not the index.
        QCOMPARE(*one.result, child->digest);
        QCOMPARE(Sha256::of(skopeoRaw(to, QStringLiteral("copy/index-arm:1"))), child->digest);
    }

    void mountInsideOneRegistry()
    {
        // Through the fault proxy (passing everything) to count what goes over the wire.
        QVERIFY(proxyReset());
        const QStringList seeded =
            seedImage(QStringLiteral("registry_open"), QStringLiteral("copy/mount-src"), 1 << 20);
        QCOMPARE(seeded.size(), 3);
        QObject owner;
        RegistryClient *c = client(state(), {}, {}, &owner);
        const auto run = copy(c, state() + QStringLiteral("/copy/mount-src:v1"), c,
                              state() + QStringLiteral("/copy/mount-dst:v1"));
        REQUIRE_OK(run.result);
        QCOMPARE(run.outcomes.value(seeded.at(1)), RegistryCopy::BlobOutcome::Mounted);
        QCOMPARE(proxyRequests(QStringLiteral("PATCH"), QStringLiteral("/")), 0);
        QCOMPARE(proxyRequests(QStringLiteral("GET"), QStringLiteral("/blobs/")), 0);
        // A handful: the ping, the manifest, a HEAD and a mount per blob, the manifest PUT.
        QVERIFY2(proxyLog().size() <= 8, qPrintable(QString::number(proxyLog().size())));
        QCOMPARE(skopeoRaw(QStringLiteral("registry_open"), QStringLiteral("copy/mount-dst:v1")),
                 skopeoRaw(QStringLiteral("registry_open"), QStringLiteral("copy/mount-src:v1")));
        QVERIFY(proxyReset());
    }

    void retagMovesNoBlob()
    {
        QVERIFY(proxyReset());
        QCOMPARE(
            seedImage(QStringLiteral("registry_open"), QStringLiteral("copy/retag"), 4096).size(),
            3);
        QObject owner;
        RegistryClient *c = client(state(), {}, {}, &owner);
        const auto run = copy(c, state() + QStringLiteral("/copy/retag:v1"), c,
                              state() + QStringLiteral("/copy/retag:v2"));
        REQUIRE_OK(run.result);
        QCOMPARE(proxyRequests(QStringLiteral("GET"), QStringLiteral("/blobs/")), 0);
        QCOMPARE(proxyRequests(QStringLiteral("HEAD"), QStringLiteral("/blobs/")), 0);
        QCOMPARE(proxyRequests(QStringLiteral("POST"), QStringLiteral("/blobs/")), 0);
        QVERIFY(skopeoTags(QStringLiteral("registry_open"), QStringLiteral("copy/retag"))
                    .contains(QStringLiteral("v2")));
        QVERIFY(proxyReset());
    }

    void corruptedBlobFailsNamingIt()
    {
        // docs/reliability.md #1: a byte flipped on the way from the source.
        QVERIFY(proxyReset());
        const QStringList seeded =
            seedImage(QStringLiteral("registry_open"), QStringLiteral("copy/flip"), 1 << 20);
        QCOMPARE(seeded.size(), 3);
        QVERIFY(proxyFault(R"({"mode": "flip", "offset": 1000})"));
        QObject owner;
        RegistryClient *source = client(state(), {}, {}, &owner);
        RegistryClient *destination = clientFor(QStringLiteral("registry_htpasswd"), &owner);
        const auto run =
            copy(source, state() + QStringLiteral("/copy/flip:v1"), destination,
                 host(QStringLiteral("registry_htpasswd")) + QStringLiteral("/copy/flip:v1"));
        QVERIFY(!run.result);
        QCOMPARE(run.result.error().kind(), ErrorKind::DigestMismatch);
        QVERIFY2(run.result.error().message().contains(seeded.at(1)),
                 qPrintable(run.result.error().message()));
        QVERIFY(skopeoRaw(QStringLiteral("registry_htpasswd"), QStringLiteral("copy/flip:v1"))
                    .isEmpty());
        const auto exists = wait<bool>([&](QObject *context, auto done) {
            destination->blobExists(QStringLiteral("copy/flip"), seeded.at(1), context, done);
        });
        REQUIRE_OK(exists);
        QVERIFY(!*exists);
        QVERIFY(proxyReset());
    }

    void sourceCutMidBlobIsResumed()
    {
        // A blob's GET reset after its first megabyte: the rest is asked for with a Range
        // (docs/protocols.md, "Streaming blobs"), and the copy is byte-identical.
        QVERIFY(proxyReset());
        const QStringList seeded =
            seedImage(QStringLiteral("registry_open"), QStringLiteral("copy/cut"), 3 << 20);
        QCOMPARE(seeded.size(), 3);
        QVERIFY(proxyFault(QStringLiteral("{\"mode\": \"reset\", \"bytes\": 1048576, \"count\": 1, "
                                          "\"match\": \"GET .*%1\"}")
                               .arg(seeded.at(1))
                               .toUtf8()));
        QObject owner;
        RegistryClient *source = client(state(), {}, {}, &owner);
        RegistryClient *destination = clientFor(QStringLiteral("registry_htpasswd"), &owner);
        const auto run =
            copy(source, state() + QStringLiteral("/copy/cut:v1"), destination,
                 host(QStringLiteral("registry_htpasswd")) + QStringLiteral("/copy/cut:v1"));
        REQUIRE_OK(run.result);
        QCOMPARE(*run.result, seeded.at(0));
        QCOMPARE(run.outcomes.value(seeded.at(1)), RegistryCopy::BlobOutcome::Uploaded);
        QStringList ranges;
        for (const QJsonValue &v : proxyLog()) {
            const QJsonObject e = v.toObject();
            if (e.value(u"path").toString().contains(seeded.at(1)))
                ranges.append(e.value(u"status").toVariant().toString() + u' ' +
                              e.value(u"range").toString());
        }
        QVERIFY2(ranges.size() == 2 && ranges.at(1).contains(QStringLiteral("bytes=1048576-")),
                 qPrintable(ranges.join(QStringLiteral("; "))));
        QVERIFY(proxyReset());
    }

    void overTlsAndThroughQtAlone_data()
    {
        QTest::addColumn<bool>("direct");
        QTest::newRow("own connections") << true;
        QTest::newRow("BERTH_REGISTRY_DIRECT=0") << false;
    }

    void overTlsAndThroughQtAlone()
    {
        // To a TLS registry trusted through its CA file, blobs on connections of Berth's own
        // and, with the switch off, through Qt's network access: the same bytes either way.
        QFETCH(bool, direct);
        const QString tlsHost = host(QStringLiteral("registry_tls"));
        BERTH_REQUIRE_SERVICE(tlsHost, "registry_tls");
        if (!direct)
            qputenv("BERTH_REGISTRY_DIRECT", "0");
        const auto restore = qScopeGuard([] { qunsetenv("BERTH_REGISTRY_DIRECT"); });
        const QString repo = direct ? QStringLiteral("copy/tls") : QStringLiteral("copy/qt");
        const QStringList seeded = seedImage(QStringLiteral("registry_open"), repo, (2 << 20) + 5);
        QCOMPARE(seeded.size(), 3);
        RegistryConfig withCa;
        withCa.caFile = TestEnv::envDir() + QStringLiteral("/registry_tls/pki/ca.crt");
        QObject owner;
        RegistryClient *source = clientFor(QStringLiteral("registry_open"), &owner);
        RegistryClient *destination = client(tlsHost, withCa, {}, &owner);
        const auto run = copy(
            source, host(QStringLiteral("registry_open")) + u'/' + repo + QStringLiteral(":v1"),
            destination, tlsHost + u'/' + repo + QStringLiteral(":v1"));
        REQUIRE_OK(run.result);
        QCOMPARE(*run.result, seeded.at(0));
        QCOMPARE(destination->baseUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(
            Sha256::of(skopeoRaw(QStringLiteral("registry_tls"), repo + QStringLiteral(":v1"))),
            seeded.at(0));
    }

    void cancelPutsNoManifest()
    {
        // A slow upload (the destination is the proxy, throttled), cancelled once bytes move.
        QVERIFY(proxyReset());
        QVERIFY(proxyFault(R"({"mode": "throttle", "rate": 262144, "match": "^PATCH "})"));
        const QStringList seeded =
            seedImage(QStringLiteral("registry_htpasswd"), QStringLiteral("copy/cancel"), 4 << 20);
        QCOMPARE(seeded.size(), 3);
        QObject owner;
        RegistryClient *source = clientFor(QStringLiteral("registry_htpasswd"), &owner);
        RegistryClient *destination = client(state(), {}, {}, &owner);
        bool cancelled = false;
        const auto run = copy(
            source, host(QStringLiteral("registry_htpasswd")) + QStringLiteral("/copy/cancel:v1"),
            destination, state() + QStringLiteral("/copy/cancelled:v1"), {},
            [&cancelled](RegistryCopy *c) {
                if (!std::exchange(cancelled, true))
                    QMetaObject::invokeMethod(c, &RegistryCopy::cancel, Qt::QueuedConnection);
            });
        QVERIFY(!run.result);
        QCOMPARE(run.result.error().kind(), ErrorKind::Cancelled);
        QCOMPARE(proxyRequests(QStringLiteral("PUT"), QStringLiteral("/manifests/")), 0);
        QVERIFY(proxyRequests(QStringLiteral("DELETE"), QStringLiteral("/blobs/uploads/")) >= 1);
        QVERIFY(proxyReset());
        QVERIFY(skopeoRaw(QStringLiteral("registry_open"), QStringLiteral("copy/cancelled:v1"))
                    .isEmpty());
    }

private:
    static QString state() { return host(QStringLiteral("faultproxy")); }
};

QTEST_GUILESS_MAIN(TestRegistryCopy)
#include "tst_registrycopy.moc"
