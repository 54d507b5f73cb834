// SPDX-License-Identifier: GPL-3.0-or-later
// The registry client's write side against real registries (tests/env): streamed blob uploads
// from a file in each auth mode, HEAD before upload, a cross-repository mount, manifest PUT
// checked by skopeo, deletes by digest and by tag, and broken upload sessions through the fault
// proxy (docs/reliability.md #12, #15; docs/protocols.md, "Writing").
#include "registry/blobupload.h"
#include "registry/fileblobsource.h"
#include "registry/sha256.h"
#include "registrytesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Registry;
using namespace RegistryTest;

namespace {

QString state(const char *service, const char *file)
{
    return TestEnv::readState(QLatin1StringView(service), QLatin1StringView(file));
}

Credentials alice()
{
    Credentials c;
    c.username = QStringLiteral("alice");
    c.password = QStringLiteral("alice-secret-1");
    return c;
}

struct Blob
{
    QString path;
    QString digest;
    qint64 size = 0;
};

Blob writeBlob(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    Blob blob{dir.filePath(name), Sha256::of(bytes), bytes.size()};
    QFile f(blob.path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(blob.path));
    return blob;
}

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return bytes;
}

Result<BlobUpload::Outcome> upload(RegistryClient *client, const QString &repository,
                                   const Blob &blob, const QString &mountFrom = {},
                                   int *sessions = nullptr)
{
    FileBlobSource source(blob.path);
    return wait<BlobUpload::Outcome>([&](QObject *context, auto done) {
        BlobUpload *up = client->uploadBlob(repository, blob.digest, blob.size, &source, mountFrom);
        QObject::connect(up, &BlobUpload::finished, context,
                         [up, sessions, done](const Result<BlobUpload::Outcome> &r) {
                             if (sessions)
                                 *sessions = up->sessions();
                             done(r);
                         });
        up->start();
    });
}

bool exists(RegistryClient *client, const QString &repository, const QString &digest)
{
    const auto r =
        wait<bool>([&](QObject *c, auto done) { client->blobExists(repository, digest, c, done); });
    return r && *r;
}

// An image manifest of one config and one layer, both uploaded by the test.
QByteArray imageManifest(const Blob &config, const Blob &layer)
{
    return QStringLiteral(
               "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
               "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
               "\"size\":%1,\"digest\":\"%2\"},\"layers\":[{\"mediaType\":"
               "\"application/vnd.oci.image.layer.v1.tar\",\"size\":%3,\"digest\":\"%4\"}]}")
        .arg(config.size)
        .arg(config.digest)
        .arg(layer.size)
        .arg(layer.digest)
        .toUtf8();
}

// A docker-registry of the test's own (tests/env/registry.sh), that it may kill and restart.
class PrivateRegistry
{
public:
    PrivateRegistry() { QVERIFY2(script({QStringLiteral("start")}), "registry.sh start"); }
    ~PrivateRegistry() { script({QStringLiteral("stop")}); }

    QString url() const { return read(QStringLiteral("url")); }
    // kill -9, then the same registry again behind the same URL, with another http.secret when
    // secret is given (the sessions opened before then cannot be read).
    bool killAndRestart(const QString &secret = {})
    {
        const QString pid = read(QStringLiteral("registry.pid"));
        if (!run(QStringLiteral("kill"), {QStringLiteral("-9"), pid}))
            return false;
        QProcess wait;
        wait.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), QStringLiteral("while kill -0 %1 2>/dev/null; do "
                                                         "sleep 0.05; done")
                                              .arg(pid)});
        wait.waitForFinished(10000);
        return script({QStringLiteral("start")}, secret);
    }

private:
    QString read(const QString &file) const
    {
        QFile f(m_dir.filePath(file));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }
    bool script(const QStringList &args, const QString &secret = {}) const
    {
        QProcess p;
        if (!secret.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("REGISTRY_HTTP_SECRET"), secret);
            p.setProcessEnvironment(env);
        }
        p.start(QStringLiteral("bash"), QStringList{qEnvironmentVariable("BERTH_SOURCE_DIR") +
                                                    QStringLiteral("/tests/env/registry.sh")} +
                                            args +
                                            QStringList{m_dir.path(), QStringLiteral("open")});
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }
    QTemporaryDir m_dir;
};

const QString OciManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");

} // namespace

class TestRegistryWrite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Blob m_config, m_layer;

    RegistryClient *clientFor(const QString &mode, QObject *parent)
    {
        const QString service = QStringLiteral("registry_") + mode;
        const QString host = TestEnv::readState(service, QStringLiteral("host"));
        return client(host, {}, mode == u"open" ? Credentials() : alice(), parent);
    }

    // skopeo's view of a manifest, byte for byte.
    static QByteArray skopeoRaw(const QString &mode, const QString &reference)
    {
        QStringList args{QStringLiteral("inspect"), QStringLiteral("--raw"),
                         QStringLiteral("--tls-verify=false")};
        if (mode != u"open")
            args << QStringLiteral("--creds") << QStringLiteral("alice:alice-secret-1");
        const QString host =
            TestEnv::readState(QStringLiteral("registry_") + mode, QStringLiteral("host"));
        args << QStringLiteral("docker://") + host + u'/' + reference;
        QProcess p;
        p.start(QStringLiteral("skopeo"), args);
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Odd sizes: no multiple of any buffer.
        m_layer = writeBlob(m_dir, QStringLiteral("layer"), randomBytes(3 * 1024 * 1024 + 4097));
        m_config =
            writeBlob(m_dir, QStringLiteral("config"),
                      QByteArrayLiteral("{\"architecture\":\"amd64\",\"os\":\"linux\","
                                        "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}"));
    }

    void uploadThenManifest_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("open") << QStringLiteral("open");
        QTest::newRow("htpasswd") << QStringLiteral("htpasswd");
        QTest::newRow("token") << QStringLiteral("token");
    }

    void uploadThenManifest()
    {
        QFETCH(QString, mode);
        QObject owner;
        RegistryClient *c = clientFor(mode, &owner);
        const QString repo = QStringLiteral("write/up-") + mode;
        QVERIFY(!exists(c, repo, m_layer.digest));
        int sessions = 0;
        const auto layer = upload(c, repo, m_layer, {}, &sessions);
        REQUIRE_OK(layer);
        QCOMPARE(*layer, BlobUpload::Outcome::Uploaded);
        QCOMPARE(sessions, 1);
        REQUIRE_OK(upload(c, repo, m_config));
        QVERIFY(exists(c, repo, m_layer.digest));
        QVERIFY(exists(c, repo, m_config.digest));

        const QByteArray manifest = imageManifest(m_config, m_layer);
        const auto put = wait<QString>([&](QObject *context, auto done) {
            c->putManifest(repo, QStringLiteral("v1"), manifest, OciManifest, context, done);
        });
        REQUIRE_OK(put);
        QCOMPARE(*put, Sha256::of(manifest));
        QCOMPARE(skopeoRaw(mode, repo + QStringLiteral(":v1")), manifest);
        // The layer as the registry serves it is the file's bytes.
        QStringList auth;
        if (mode == u"htpasswd")
            auth << QStringLiteral("-u") << QStringLiteral("alice:alice-secret-1");
        if (mode == u"token")
            auth << QStringLiteral("-H")
                 << QStringLiteral("Authorization: Bearer ") +
                        bearerToken(QStringLiteral("alice"), QStringLiteral("alice-secret-1"),
                                    QStringLiteral("repository:") + repo + QStringLiteral(":pull"));
        const QString url =
            TestEnv::readState(QStringLiteral("registry_") + mode, QStringLiteral("url"));
        const QString fetched = m_dir.filePath(QStringLiteral("fetched-") + mode);
        curl(auth + QStringList{QStringLiteral("-L"), QStringLiteral("-o"), fetched,
                                url + QStringLiteral("/v2/") + repo + QStringLiteral("/blobs/") +
                                    m_layer.digest});
        QFile f(fetched);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(Sha256::of(f.readAll()), m_layer.digest);
    }

    void mountInsideOneRegistry_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("open") << QStringLiteral("open");
        QTest::newRow("token") << QStringLiteral("token");
    }

    void mountInsideOneRegistry()
    {
        QFETCH(QString, mode);
        QObject owner;
        RegistryClient *c = clientFor(mode, &owner);
        const QString from = QStringLiteral("write/mount-from-") + mode;
        const QString to = QStringLiteral("write/mount-to-") + mode;
        REQUIRE_OK(upload(c, from, m_layer));
        const auto mounted = upload(c, to, m_layer, from);
        REQUIRE_OK(mounted);
        QCOMPARE(*mounted, BlobUpload::Outcome::Mounted);
        QVERIFY(exists(c, to, m_layer.digest));
    }

    void mountFromMissingUploads()
    {
        // A registry answers 202 when it cannot mount: the normal upload follows.
        QObject owner;
        RegistryClient *c = clientFor(QStringLiteral("open"), &owner);
        const auto r = upload(c, QStringLiteral("write/mount-miss"), m_config,
                              QStringLiteral("write/nothing-here"));
        REQUIRE_OK(r);
        QCOMPARE(*r, BlobUpload::Outcome::Uploaded);
    }

    void corruptSourceNeverCommitted()
    {
        QObject owner;
        RegistryClient *c = clientFor(QStringLiteral("open"), &owner);
        Blob wrong = m_layer;
        wrong.digest = Sha256::of(QByteArrayLiteral("something else"));
        const auto r = upload(c, QStringLiteral("write/corrupt"), wrong);
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), ErrorKind::DigestMismatch);
        QVERIFY2(r.error().message().contains(wrong.digest), qPrintable(r.error().message()));
        QVERIFY(!exists(c, QStringLiteral("write/corrupt"), wrong.digest));
        QVERIFY(!exists(c, QStringLiteral("write/corrupt"), m_layer.digest));
    }

    void deleteByDigestNotByTag()
    {
        QObject owner;
        RegistryClient *c = clientFor(QStringLiteral("token"), &owner);
        const QString repo = QStringLiteral("write/delete");
        REQUIRE_OK(upload(c, repo, m_config));
        REQUIRE_OK(upload(c, repo, m_layer));
        const QByteArray manifest = imageManifest(m_config, m_layer);
        for (const char *tag : {"a", "b"})
            REQUIRE_OK(wait<QString>([&](QObject *context, auto done) {
                c->putManifest(repo, QLatin1StringView(tag), manifest, OciManifest, context, done);
            }));
        const auto byTag = wait<bool>([&](QObject *context, auto done) {
            c->deleteManifest(repo, QStringLiteral("a"), context, done);
        });
        QVERIFY(!byTag);
        QVERIFY2(byTag.error().message().contains(QLatin1StringView("by digest only")),
                 qPrintable(byTag.error().message()));
        REQUIRE_OK(wait<bool>([&](QObject *context, auto done) {
            c->deleteManifest(repo, Sha256::of(manifest), context, done);
        }));
        const auto tags = wait<QStringList>(
            [&](QObject *context, auto done) { c->tags(repo, 0, context, done); });
        // Distribution answers the list of a repository without tags with null or 404.
        QVERIFY(!tags || tags->isEmpty());
    }

    void cutMidPatchStartsNewSession()
    {
        // docs/reliability.md #12: the registry cancels a session whose PATCH broke.
        QVERIFY(proxyReset());
        QVERIFY(proxyFault(R"({"mode": "reset", "direction": "request", "bytes": 1048576,
                               "match": "^PATCH ", "count": 1})"));
        QObject owner;
        RegistryClient *c = client(state("faultproxy", "host"), {}, {}, &owner);
        int sessions = 0;
        const auto r = upload(c, QStringLiteral("write/cut"), m_layer, {}, &sessions);
        REQUIRE_OK(r);
        QCOMPARE(sessions, 2);
        QVERIFY(exists(c, QStringLiteral("write/cut"), m_layer.digest));
        const auto stats = proxyStats();
        QVERIFY(stats);
        QVERIFY(proxyReset());
    }

    void status416StartsNewSession()
    {
        // docs/reliability.md #15: a registry that answers 416 to a PATCH.
        QVERIFY(proxyReset());
        QVERIFY(proxyFault(R"({"mode": "status", "status": 416, "match": "^PATCH ", "count": 1})"));
        QObject owner;
        RegistryClient *c = client(state("faultproxy", "host"), {}, {}, &owner);
        int sessions = 0;
        const auto r = upload(c, QStringLiteral("write/416"), m_layer, {}, &sessions);
        REQUIRE_OK(r);
        QCOMPARE(sessions, 2);
        QVERIFY(exists(c, QStringLiteral("write/416"), m_layer.digest));
        QVERIFY(proxyReset());
    }

    void cancelDeletesSession()
    {
        // A slow PATCH, cancelled: the session is deleted and nothing is committed.
        QVERIFY(proxyReset());
        QVERIFY(proxyFault(R"({"mode": "stall", "direction": "request", "bytes": 65536,
                               "match": "^PATCH "})"));
        QObject owner;
        RegistryClient *c = client(state("faultproxy", "host"), {}, {}, &owner);
        FileBlobSource source(m_layer.path);
        const auto r = wait<BlobUpload::Outcome>([&](QObject *context, auto done) {
            BlobUpload *up = c->uploadBlob(QStringLiteral("write/cancel"), m_layer.digest,
                                           m_layer.size, &source);
            QObject::connect(up, &BlobUpload::finished, context, done);
            QObject::connect(up, &BlobUpload::progress, up, [up](qint64 sent, qint64) {
                if (sent > 0)
                    QMetaObject::invokeMethod(up, &BlobUpload::cancel, Qt::QueuedConnection);
            });
            up->start();
        });
        QVERIFY(!r);
        QCOMPARE(r.error().kind(), ErrorKind::Cancelled);
        const auto stats = proxyStats();
        QVERIFY(stats);
        bool deleted = false;
        for (const QJsonValue &entry : stats->value(u"log").toArray()) {
            const QJsonObject e = entry.toObject();
            if (e.value(u"method").toString() == u"DELETE" &&
                e.value(u"path").toString().contains(QLatin1StringView("/blobs/uploads/")))
                deleted = true;
        }
        QVERIFY(deleted);
        QVERIFY(proxyReset());
        QVERIFY(!exists(c, QStringLiteral("write/cancel"), m_layer.digest));
    }

    void registryRestartedMidPatch_data()
    {
        QTest::addColumn<QString>("secret");
        // docs/reliability.md #12: killed with kill -9, back with the same secret.
        QTest::newRow("row12 same secret") << QString();
        // #13: back with another http.secret.
        QTest::newRow("row13 other secret") << QStringLiteral("another-secret");
    }

    void registryRestartedMidPatch()
    {
        QFETCH(QString, secret);
        PrivateRegistry registry;
        QVERIFY(proxyReset());
        // A slow PATCH through the proxy, so the registry dies in the middle of it.
        QVERIFY(proxyFault(QStringLiteral(R"({"mode": "throttle", "rate": 1048576,
                                              "match": "^PATCH ", "upstream": "%1"})")
                               .arg(registry.url())
                               .toUtf8()));
        QObject owner;
        RegistryClient *c = client(state("faultproxy", "host"), {}, {}, &owner);
        FileBlobSource source(m_layer.path);
        int sessions = 0;
        bool killed = false;
        const auto r = wait<BlobUpload::Outcome>([&](QObject *context, auto done) {
            BlobUpload *up = c->uploadBlob(QStringLiteral("write/restart"), m_layer.digest,
                                           m_layer.size, &source);
            QObject::connect(up, &BlobUpload::finished, context,
                             [up, &sessions, done](const Result<BlobUpload::Outcome> &result) {
                                 sessions = up->sessions();
                                 done(result);
                             });
            QObject::connect(up, &BlobUpload::progress, up, [&](qint64 sent, qint64) {
                if (sent > 1024 * 1024 && !std::exchange(killed, true))
                    QVERIFY(registry.killAndRestart(secret));
            });
            up->start();
        });
        REQUIRE_OK(r);
        QVERIFY(killed);
        QVERIFY(sessions >= 2);
        QVERIFY(exists(c, QStringLiteral("write/restart"), m_layer.digest));
        QVERIFY(proxyReset());
    }

    void row19_tokenExpiresMidUpload()
    {
        // The registry allows 60 s of clock skew: a token "expired 57 s ago" lives 3 s more,
        // while the server's negative expires_in makes Berth keep it 60 s. The PATCH takes
        // longer than 3 s, so the final PUT meets a 401.
        TokenServerSetting ttl(QStringLiteral("ttl"), -57);
        QVERIFY(proxyReset());
        QVERIFY(proxyFault(QStringLiteral(R"({"mode": "throttle", "rate": 600000,
                                              "match": "^PATCH ", "upstream": "%1"})")
                               .arg(state("registry_token", "url"))
                               .toUtf8()));
        QObject owner;
        RegistryClient *c = client(state("faultproxy", "host"), {}, alice(), &owner);
        int sessions = 0;
        const auto r = upload(c, QStringLiteral("write/token"), m_layer, {}, &sessions);
        REQUIRE_OK(r);
        QCOMPARE(sessions, 1);
        const auto stats = proxyStats();
        QVERIFY(stats);
        int patches = 0;
        QList<int> puts;
        for (const QJsonValue &entry : stats->value(u"log").toArray()) {
            const QJsonObject e = entry.toObject();
            if (!e.value(u"path").toString().contains(QLatin1StringView("/blobs/uploads/")))
                continue;
            if (e.value(u"method").toString() == u"PATCH")
                ++patches;
            if (e.value(u"method").toString() == u"PUT")
                puts.append(e.value(u"status").toInt());
        }
        // Only the refused request went again: one PATCH, the PUT twice.
        QCOMPARE(patches, 1);
        QCOMPARE(puts, (QList<int>{401, 201}));
        QVERIFY(proxyReset());
    }
};

QTEST_GUILESS_MAIN(TestRegistryWrite)
#include "tst_registrywrite.moc"
