// SPDX-License-Identifier: GPL-3.0-or-later
// The registry client through the fault proxy of tests/env, one test per row of
// docs/reliability.md's fault matrix that concerns reading: 1-8, 10, 11, 14, 16, 17.
#include "registry/blobdownload.h"
#include "registrytesthelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Registry;
using namespace RegistryTest;

namespace {

struct Image
{
    QString manifestDigest;
    QString layerDigest;
    qint64 layerSize = 0;
};

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

QStringList logLines(const QJsonObject &stats, const QString &pathPart)
{
    QStringList lines;
    for (const QJsonValue &v : stats.value(u"log").toArray()) {
        const QJsonObject e = v.toObject();
        if (!e.value(u"path").toString().contains(pathPart))
            continue;
        lines.append(e.value(u"method").toString() + u' ' + e.value(u"range").toString() + u' ' +
                     e.value(u"status").toVariant().toString());
    }
    return lines;
}

// Log lines captured while a test runs (Berth's debug output switched on).
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestRegistryFaults : public QObject
{
    Q_OBJECT

private:
    QString m_upstream, m_proxyHost, m_proxyUrl;
    Image m_big; // 6 MiB layer
    Image m_small;

    std::unique_ptr<RegistryClient> proxied(RegistryConfig config = {},
                                            Credentials credentials = {})
    {
        return std::unique_ptr<RegistryClient>(client(m_proxyHost, config, credentials));
    }

    Result<qint64> download(RegistryClient *c, const QString &repository, const Image &image,
                            QFileDevice *file, std::function<void(BlobDownload *)> onStart = {},
                            qint64 expectedSize = -2)
    {
        return wait<qint64>([&](QObject *ctx, auto done) {
            BlobDownload *d =
                c->downloadBlob(repository, image.layerDigest,
                                expectedSize == -2 ? image.layerSize : expectedSize, file);
            connect(d, &BlobDownload::finished, ctx, done);
            if (onStart)
                onStart(d);
            d->start();
        });
    }

    static Image parseSeed(const std::optional<QString> &out)
    {
        const QStringList parts = out.value_or(QString()).split(u' ');
        return Image{parts.value(0), parts.value(1), parts.value(2).toLongLong()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_upstream = TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("url"));
        m_proxyHost = TestEnv::readState(QStringLiteral("faultproxy"), QStringLiteral("host"));
        m_proxyUrl = TestEnv::readState(QStringLiteral("faultproxy"), QStringLiteral("url"));
        if (m_proxyHost.isEmpty() || m_upstream.isEmpty())
            return;
        QVERIFY(proxyReset());
        m_big = parseSeed(seed({QStringLiteral("image"), m_upstream, QStringLiteral("fault/big"),
                                QStringLiteral("1.0"), QString::number(6 * 1024 * 1024)}));
        m_small =
            parseSeed(seed({QStringLiteral("image"), m_upstream, QStringLiteral("fault/small"),
                            QStringLiteral("1.0"), QStringLiteral("4096")}));
        QVERIFY(m_big.layerSize > 6 * 1024 * 1024);
    }

    void init()
    {
        BERTH_REQUIRE_SERVICE(m_proxyHost, "faultproxy");
        QVERIFY(proxyReset());
    }

    // #1: a layer's data file overwritten in the registry's storage.
    void row01_corruptBlobDigestMismatch()
    {
        const Image image =
            parseSeed(seed({QStringLiteral("image"), m_upstream, QStringLiteral("fault/corrupt"),
                            QStringLiteral("1.0"), QStringLiteral("65536")}));
        const QString hex = image.layerDigest.mid(7);
        QFile data(TestEnv::envDir() +
                   QStringLiteral("/registry_open/data/docker/registry/v2/blobs/sha256/") +
                   hex.left(2) + u'/' + hex + QStringLiteral("/data"));
        QVERIFY(data.open(QIODevice::ReadWrite));
        data.seek(1000);
        QVERIFY(data.write("CORRUPTED") == 9);
        data.close();
        auto c = proxied();
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("layer"));
        QSaveFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto result = download(c.get(), QStringLiteral("fault/corrupt"), image, &file);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), ErrorKind::DigestMismatch);
        QVERIFY2(result.error().message().contains(image.layerDigest),
                 qPrintable(result.error().message()));
        file.cancelWriting();
        QVERIFY(!QFile::exists(target)); // nothing partial is kept
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    // #2: the manifest blob rewritten in storage; fetched by digest it must fail before any layer.
    void row02_manifestDigestMismatch()
    {
        const Image image = parseSeed(
            seed({QStringLiteral("image"), m_upstream, QStringLiteral("fault/badmanifest"),
                  QStringLiteral("1.0"), QStringLiteral("1024")}));
        const QString hex = image.manifestDigest.mid(7);
        QFile data(TestEnv::envDir() +
                   QStringLiteral("/registry_open/data/docker/registry/v2/blobs/sha256/") +
                   hex.left(2) + u'/' + hex + QStringLiteral("/data"));
        QVERIFY(data.open(QIODevice::ReadOnly));
        QByteArray bytes = data.readAll();
        data.close();
        const qsizetype at = bytes.indexOf(image.layerDigest.mid(7).toLatin1());
        QVERIFY(at > 0);
        bytes[at] = bytes.at(at) == '0' ? '1' : '0'; // same length, still JSON
        QVERIFY(data.open(QIODevice::WriteOnly | QIODevice::Truncate));
        data.write(bytes);
        data.close();
        auto c = proxied();
        const auto result = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifestForPlatform(
                ref(m_proxyHost + QStringLiteral("/fault/badmanifest@") + image.manifestDigest),
                Platform(), ctx, done);
        });
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), ErrorKind::DigestMismatch);
        QVERIFY2(result.error().message().contains(QStringLiteral("manifest digest mismatch")),
                 qPrintable(result.error().message()));
        // The proxy saw the manifest's request (its statistics are read), and no blob's.
        const auto stats = proxyStats();
        QVERIFY(stats);
        QVERIFY(!logLines(*stats, QStringLiteral("/manifests/")).isEmpty());
        QVERIFY(logLines(*stats, QStringLiteral("/blobs/")).isEmpty());
    }

    // #3: a wrong Docker-Content-Digest on a tag: the body is the truth, a warning is given.
    void row03_wrongContentDigestHeaderWarns()
    {
        const QString wrong = QStringLiteral("sha256:") + QString(64, u'0');
        QVERIFY(proxyFault("{\"mode\":\"header\",\"match\":\"^GET "
                           "/v2/.+/manifests/\",\"name\":\"Docker-Content-Digest\",\"value\":\"" +
                           wrong.toLatin1() + "\"}"));
        auto c = proxied();
        QSignalSpy warnings(c.get(), &RegistryClient::warning);
        const auto result = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifest(ref(m_proxyHost + QStringLiteral("/fault/small:1.0")), ctx, done);
        });
        REQUIRE_OK(result);
        QCOMPARE(result->digest, m_small.manifestDigest);
        QCOMPARE(result->headerDigest, wrong);
        QCOMPARE(result->warnings.size(), 1);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(result->warnings.first().contains(wrong));
    }

    // Link headers may be absolute as well as relative: the first page's is rewritten to
    // the absolute URL of the same next page, the later ones stay as the registry sends them.
    void link_absoluteNextFollowed()
    {
        QVERIFY(
            seed({QStringLiteral("repos"), m_upstream, QStringLiteral("link"), QStringLiteral("3")})
                .has_value());
        auto c = proxied();
        const auto relative =
            wait<QStringList>([&](QObject *ctx, auto done) { c->catalog(0, ctx, done); });
        REQUIRE_OK(relative);
        QVERIFY(relative->size() > 2); // more than one page
        const QByteArray headers =
            curl({QStringLiteral("-s"), QStringLiteral("-D"), QStringLiteral("-"),
                  QStringLiteral("-o"), QStringLiteral("/dev/null"),
                  QStringLiteral("http://") + m_proxyHost + QStringLiteral("/v2/_catalog")});
        QByteArray link;
        for (const QByteArray &line : headers.split('\n')) {
            if (line.toLower().startsWith("link:"))
                link = line.mid(5).trimmed();
        }
        QVERIFY2(link.startsWith("</v2/_catalog?"), link.constData());
        const QByteArray absolute = "<http://" + m_proxyHost.toLatin1() + link.mid(1);
        QVERIFY(proxyFault("{\"mode\":\"header\",\"match\":\"^GET "
                           "/v2/_catalog$\",\"count\":1,\"name\":\"Link\",\"value\":" +
                           QJsonDocument(QJsonArray{QString::fromLatin1(absolute)})
                               .toJson(QJsonDocument::Compact)
                               .mid(1)
                               .chopped(1) +
                           "}"));
        const auto result =
            wait<QStringList>([&](QObject *ctx, auto done) { c->catalog(0, ctx, done); });
        REQUIRE_OK(result);
        QCOMPARE(*result, *relative);
    }

    // #4: RST after 2 MiB of a 6 MiB blob: resumed with Range, digest verified, progress never goes
    // back.
    void row04_resetResumesWithRange()
    {
        QVERIFY(proxyFault("{\"mode\":\"reset\",\"bytes\":2097152,\"count\":1}"));
        auto c = proxied();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("layer")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        qint64 last = 0;
        bool monotonic = true;
        const auto result =
            download(c.get(), QStringLiteral("fault/big"), m_big, &file, [&](BlobDownload *d) {
                connect(d, &BlobDownload::progress, d, [&](qint64 received, qint64) {
                    monotonic = monotonic && received >= last;
                    last = received;
                });
            });
        REQUIRE_OK(result);
        QCOMPARE(*result, m_big.layerSize);
        QVERIFY(monotonic);
        const auto stats = proxyStats();
        QVERIFY(stats);
        const QStringList log = logLines(*stats, m_big.layerDigest);
        QCOMPARE(log.size(), 2);
        QVERIFY2(log.at(0).endsWith(QStringLiteral("reset")), qPrintable(log.join(u'|')));
        // From what arrived before the RST (the kernel may drop a little of the 2 MiB sent).
        QVERIFY2(log.at(1).startsWith(QStringLiteral("GET bytes=")) &&
                     log.at(1).endsWith(QStringLiteral("- 206")),
                 qPrintable(log.join(u'|')));
        const qint64 from = log.at(1).section(u'=', 1).section(u'-', 0, 0).toLongLong();
        QVERIFY(from > 0 && from <= 2097152);
    }

    // #5: a 200 with the full body answers a Range request: start over, never splice.
    void row05_rangeIgnoredStartsOver()
    {
        QVERIFY(proxyFault("{\"mode\":\"reset\",\"bytes\":1048576,\"count\":1}"));
        auto c = proxied();
        connect(c.get(), &RegistryClient::retrying, this,
                [] { proxyFault("{\"mode\":\"range_200\"}"); });
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("layer")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto result = download(c.get(), QStringLiteral("fault/big"), m_big, &file);
        REQUIRE_OK(result);
        file.close();
        QCOMPARE(file.size(), m_big.layerSize);
        const auto stats = proxyStats();
        QVERIFY(stats);
        const QStringList log = logLines(*stats, m_big.layerDigest);
        QVERIFY2(log.size() == 2 && log.at(1).endsWith(u"200"), qPrintable(log.join(u'|')));
    }

    // #6: a 206 whose Content-Range starts elsewhere than asked is refused, nothing appended.
    void row06_wrongContentRangeRejected()
    {
        QVERIFY(proxyFault("{\"mode\":\"reset\",\"bytes\":1048576,\"count\":1}"));
        auto c = proxied();
        connect(c.get(), &RegistryClient::retrying, this,
                [] { proxyFault("{\"mode\":\"range_shift\",\"shift\":7}"); });
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("layer")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto result = download(c.get(), QStringLiteral("fault/big"), m_big, &file);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), ErrorKind::Protocol);
        QVERIFY2(result.error().message().contains(QStringLiteral("not appending")),
                 qPrintable(result.error().message()));
        file.close();
        // The reset cuts the stream after 1 MiB sent; what arrived before it (the kernel may
        // drop the rest with the RST) is kept, and the refused 206 added nothing to it: the
        // file ends exactly where the resume asked to start.
        const auto stats = proxyStats();
        QVERIFY(stats);
        const QStringList log = logLines(*stats, m_big.layerDigest);
        QVERIFY2(log.size() == 2 && log.at(1).startsWith(u"GET bytes="),
                 qPrintable(log.join(u'|')));
        const qint64 resumedAt = log.at(1).section(u'=', 1).section(u'-', 0, 0).toLongLong();
        QVERIFY(resumedAt > 0 && resumedAt <= 1048576);
        QCOMPARE(file.size(), resumedAt);
    }

    // #7: Content-Length larger than the body, then close: a short read, resumed; and a
    // blob whose size differs from its descriptor is an error.
    void row07_shortReadAndSizeMismatch()
    {
        QVERIFY(proxyFault("{\"mode\":\"header\",\"match\":\"^GET "
                           "/v2/.+/blobs/\",\"name\":\"Content-Length\",\"value\":\"" +
                           QByteArray::number(m_big.layerSize + 100000) + "\",\"count\":1}"));
        auto c = proxied();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("layer")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto result = download(c.get(), QStringLiteral("fault/big"), m_big, &file);
        REQUIRE_OK(result); // the whole blob came before the close: kept, verified
        QCOMPARE(*result, m_big.layerSize);
        // A Content-Length other than the descriptor's size is an error, said at once.
        QVERIFY(proxyFault(
            "{\"mode\":\"header\",\"match\":\"^GET "
            "/v2/.+/blobs/\",\"name\":\"Content-Length\",\"value\":\"1000000\",\"count\":1}"));
        QFile cut(dir.filePath(QStringLiteral("cut")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        const auto refused = download(c.get(), QStringLiteral("fault/big"), m_big, &cut);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("descriptor says")),
                 qPrintable(refused.error().message()));
        QVERIFY(proxyReset());
        QFile second(dir.filePath(QStringLiteral("small")));
        QVERIFY(second.open(QIODevice::WriteOnly));
        const auto mismatch = download(c.get(), QStringLiteral("fault/small"), m_small, &second, {},
                                       m_small.layerSize + 1);
        QVERIFY(!mismatch);
        QVERIFY2(mismatch.error().message().contains(QStringLiteral("descriptor says")),
                 qPrintable(mismatch.error().message()));
        QFile third(dir.filePath(QStringLiteral("smaller")));
        QVERIFY(third.open(QIODevice::WriteOnly));
        const auto larger = download(c.get(), QStringLiteral("fault/small"), m_small, &third, {},
                                     m_small.layerSize - 1);
        QVERIFY(!larger);
    }

    // #8: 50 MiB and endless manifests, a 50 MiB error body: aborted at the cap, memory flat.
    void row08_sizeCapsMemoryFlat_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("50 MiB manifest")
            << QByteArray("{\"mode\":\"huge\",\"match\":\"/manifests/\",\"bytes\":52428800}")
            << QStringLiteral("4194304");
        QTest::newRow("endless manifest")
            << QByteArray("{\"mode\":\"huge\",\"match\":\"/manifests/\",\"bytes\":-1}")
            << QStringLiteral("4194304");
        QTest::newRow("50 MiB error body")
            << QByteArray("{\"mode\":\"huge\",\"match\":\"/manifests/"
                          "\",\"bytes\":52428800,\"status\":404}")
            << QStringLiteral("1048576");
    }

    void row08_sizeCapsMemoryFlat()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, expected);
        QVERIFY(proxyFault(fault));
        auto c = proxied();
        const qint64 before = rssKiB();
        const auto result = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifest(ref(m_proxyHost + QStringLiteral("/fault/small:1.0")), ctx, done);
        });
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(QStringLiteral("larger than ") + expected),
                 qPrintable(result.error().message()));
        const qint64 grown = rssKiB() - before;
        QVERIFY2(grown < 24 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(grown)));
    }

    // #8, the token: a token server that sends 50 MiB. The registry whose challenge names
    // it is a few lines in this test (no real registry names a hostile realm on demand);
    // the 50 MiB come from the fault proxy, which plays the token server.
    void row08_hugeTokenCapped()
    {
        QVERIFY(proxyFault("{\"mode\":\"huge\",\"match\":\"^GET /token$\",\"bytes\":52428800}"));
        QTcpServer registry;
        QVERIFY(registry.listen(QHostAddress::LocalHost));
        const QByteArray challenge =
            "Bearer realm=\"" + m_proxyUrl.toLatin1() + "/token\",service=\"berth-test\"";
        connect(&registry, &QTcpServer::newConnection, this, [&registry, challenge] {
            while (QTcpSocket *peer = registry.nextPendingConnection()) {
                connect(peer, &QTcpSocket::readyRead, peer, [peer, challenge] {
                    peer->readAll();
                    peer->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: "
                                "application/json\r\nWWW-Authenticate: " +
                                challenge + "\r\nContent-Length: 2\r\n\r\n{}");
                });
                connect(peer, &QTcpSocket::disconnected, peer, &QObject::deleteLater);
            }
        });
        Credentials alice;
        alice.username = QStringLiteral("alice");
        alice.password = QStringLiteral("alice-secret-1");
        std::unique_ptr<RegistryClient> c(
            client(QStringLiteral("127.0.0.1:%1").arg(registry.serverPort()), {}, alice));
        const qint64 before = rssKiB();
        const auto result = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("any/repo"), 0, ctx, done); });
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(QStringLiteral("larger than 1048576")),
                 qPrintable(result.error().message()));
        QVERIFY(!result.error().message().contains(QStringLiteral("alice-secret-1")));
        const qint64 grown = rssKiB() - before;
        QVERIFY2(grown < 24 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(grown)));
    }

    // #10: 429 with Retry-After in seconds, as an HTTP date, and one too long to wait for.
    void row10_retryAfter()
    {
        auto c = proxied();
        const QString repo = ref(m_proxyHost + QStringLiteral("/fault/small")).path();
        auto listTags = [&] {
            return wait<QStringList>([&](QObject *ctx, auto done) { c->tags(repo, 0, ctx, done); });
        };
        REQUIRE_OK(listTags()); // pinged: only the tags requests see the fault

        QVERIFY(proxyFault("{\"mode\":\"status\",\"status\":429,\"retry_after\":\"3\",\"count\":1,"
                           "\"match\":\"/tags/list$\"}"));
        QElapsedTimer timer;
        timer.start();
        REQUIRE_OK(listTags());
        QVERIFY2(timer.elapsed() >= 2900, qPrintable(QString::number(timer.elapsed())));

        QVERIFY(proxyFault("{\"mode\":\"status\",\"status\":429,\"retry_after_date\":3,\"count\":1,"
                           "\"match\":\"/tags/list$\"}"));
        timer.restart();
        REQUIRE_OK(listTags());
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));

        QVERIFY(proxyFault("{\"mode\":\"status\",\"status\":429,\"retry_after\":\"7200\",\"match\":"
                           "\"/tags/list$\"}"));
        // Said at once, not a silent block of two hours: a client that waited would hold the
        // test up for those hours.
        const auto limited = listTags();
        QVERIFY(!limited);
        QVERIFY2(limited.error().message().contains(QStringLiteral("rate limited until")),
                 qPrintable(limited.error().message()));
    }

    // #11: 502/503/504 retried with backoff; 401/403/404 fail at once, never "retrying".
    void row11_5xxRetried4xxNot_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("recovers");
        for (int s : {502, 503, 504})
            QTest::addRow("%d", s) << s << true;
        for (int s : {401, 403, 404})
            QTest::addRow("%d", s) << s << false;
    }

    void row11_5xxRetried4xxNot()
    {
        QFETCH(int, status);
        QFETCH(bool, recovers);
        auto c = proxied();
        const QString repo = QStringLiteral("fault/small");
        REQUIRE_OK(
            wait<QStringList>([&](QObject *ctx, auto done) { c->tags(repo, 0, ctx, done); }));
        QVERIFY(proxyReset());
        const QByteArray count = recovers ? ",\"count\":3" : "";
        QVERIFY(proxyFault("{\"mode\":\"status\",\"match\":\"/tags/list$\",\"status\":" +
                           QByteArray::number(status) + count + "}"));
        QSignalSpy retries(c.get(), &RegistryClient::retrying);
        const auto result =
            wait<QStringList>([&](QObject *ctx, auto done) { c->tags(repo, 0, ctx, done); });
        const auto stats = proxyStats();
        QVERIFY(stats);
        const int requests = logLines(*stats, QStringLiteral("/tags/list")).size();
        if (recovers) {
            REQUIRE_OK(result);
            QCOMPARE(retries.size(), 3);
            QCOMPARE(requests, 4);
        } else {
            QVERIFY(!result);
            QCOMPARE(retries.size(), 0);
            QCOMPARE(requests, 1);
        }
        // At most five tries in all.
        if (recovers) {
            QVERIFY(proxyFault("{\"mode\":\"status\",\"match\":\"/tags/list$\",\"status\":" +
                               QByteArray::number(status) + "}"));
            const auto gaveUp =
                wait<QStringList>([&](QObject *ctx, auto done) { c->tags(repo, 0, ctx, done); });
            QVERIFY(!gaveUp);
            const auto after = proxyStats();
            QVERIFY(after);
            QCOMPARE(logLines(*after, QStringLiteral("/tags/list")).size(), 4 + 5);
        }
    }

    // #14: the proxy stops forwarding, socket open: the idle timer aborts and retries; a
    // cancel ends it before the idle timer would.
    void row14_stallAbortedAndRetried()
    {
        RegistryConfig config;
        config.idleTimeoutMs = 1000;
        auto c = proxied(config);
        QVERIFY(proxyFault("{\"mode\":\"stall\",\"bytes\":1048576,\"count\":1}"));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("layer")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto result = download(c.get(), QStringLiteral("fault/big"), m_big, &file);
        REQUIRE_OK(result);
        QVERIFY(
            proxyFault("{\"mode\":\"stall\",\"bytes\":0,\"count\":1,\"match\":\"/manifests/\"}"));
        const auto manifest = wait<ManifestResponse>([&](QObject *ctx, auto done) {
            c->manifest(ref(m_proxyHost + QStringLiteral("/fault/small:1.0")), ctx, done);
        });
        REQUIRE_OK(manifest);

        // Cancel while stalled.
        // Patient for hours: only the cancel can end the stalled download (the error's kind
        // says so too); a cancel that did nothing would hold the test up for those hours.
        RegistryConfig patient;
        patient.idleTimeoutMs = 3 * 3600 * 1000;
        auto slow = proxied(patient);
        QVERIFY(proxyFault("{\"mode\":\"stall\",\"bytes\":65536}"));
        QFile other(dir.filePath(QStringLiteral("cancelled")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        const auto cancelled =
            download(slow.get(), QStringLiteral("fault/big"), m_big, &other,
                     [&](BlobDownload *d) { QTimer::singleShot(1500, d, [d] { d->cancel(); }); });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind(), ErrorKind::Cancelled);
    }

    // #16: a blob GET redirected to another host: no Authorization reaches it, and the
    // signed query never reaches a log line.
    void row16_redirectCarriesNoAuthorization()
    {
        const QString basicUrl =
            TestEnv::readState(QStringLiteral("registry_htpasswd"), QStringLiteral("url"));
        BERTH_REQUIRE_SERVICE(basicUrl, "registry_htpasswd");
        const Image image =
            parseSeed(seed({QStringLiteral("image"), basicUrl, QStringLiteral("fault/redirect"),
                            QStringLiteral("1.0"), QStringLiteral("65536"), QStringLiteral("-u"),
                            QStringLiteral("alice:alice-secret-1")}));
        QVERIFY(proxyFault("{\"mode\":\"redirect\",\"upstream\":\"" + basicUrl.toLatin1() + "\"}"));
        Credentials alice;
        alice.username = QStringLiteral("alice");
        alice.password = QStringLiteral("alice-secret-1");
        auto c = proxied({}, alice);
        g_log.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("berth.*=true"));
        g_previous = qInstallMessageHandler(capture);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("layer")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto result = download(c.get(), QStringLiteral("fault/redirect"), image, &file);
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        REQUIRE_OK(result);
        const auto stats = proxyStats();
        QVERIFY(stats);
        const QJsonArray recorded = stats->value(u"recorded").toArray();
        QVERIFY(!recorded.isEmpty());
        for (const QJsonValue &r : recorded) {
            for (const QJsonValue &h : r.toObject().value(u"headers").toArray())
                QVERIFY2(h.toArray().at(0).toString().compare(u"authorization",
                                                              Qt::CaseInsensitive) != 0,
                         "Authorization reached the other host");
        }
        QVERIFY(!g_log.isEmpty());
        const QString basic = QString::fromLatin1(QByteArray("alice:alice-secret-1").toBase64());
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QStringLiteral("X-Amz-Signature")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("alice-secret-1")) && !line.contains(basic),
                     qPrintable(line));
        }
    }

    // #17: a token realm on plain http (foreign host) for a registry: no credentials go there.
    void row17_httpRealmRefused()
    {
        QVERIFY(
            proxyFault("{\"mode\":\"status\",\"status\":401,\"headers\":{\"WWW-Authenticate\":"
                       "\"Bearer realm=\\\"http://192.0.2.1/token\\\",service=\\\"evil\\\"\"}}"));
        Credentials alice;
        alice.username = QStringLiteral("alice");
        alice.password = QStringLiteral("alice-secret-1");
        auto c = proxied({}, alice);
        const auto result = wait<QStringList>(
            [&](QObject *ctx, auto done) { c->tags(QStringLiteral("fault/small"), 0, ctx, done); });
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), ErrorKind::PermissionDenied);
        QVERIFY2(result.error().message().contains(QStringLiteral("refusing to send credentials")),
                 qPrintable(result.error().message()));
        QVERIFY(!result.error().message().contains(QStringLiteral("alice-secret-1")));
    }

    void cleanupTestCase()
    {
        if (!m_proxyHost.isEmpty())
            proxyReset();
    }
};

QTEST_GUILESS_MAIN(TestRegistryFaults)
#include "tst_registryfaults.moc"
