// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/manifest.h"
#include "registry/sha256.h"

#include <QTest>

using namespace Berth::Registry;

namespace {
const QByteArray DockerImage =
    "{\"schemaVersion\":2,\"mediaType\":\"application/"
    "vnd.docker.distribution.manifest.v2+json\",\"config\":{\"mediaType\":\"application/"
    "vnd.docker.container.image.v1+json\",\"size\":7023,\"digest\":\"sha256:"
    "b5b2b2c507a0944348e0303114d8d93aaaa081732b86451d9bce1f432a537bc7\"},\"layers\":[{"
    "\"mediaType\":\"application/"
    "vnd.docker.image.rootfs.diff.tar.gzip\",\"size\":32654,\"digest\":\"sha256:"
    "e692418e4cbaf90ca69d05a66403747baa33ee08806650b51fab815ad7fc331f\"},{\"mediaType\":"
    "\"application/"
    "vnd.docker.image.rootfs.diff.tar.gzip\",\"size\":16724,\"digest\":\"sha256:"
    "3c3a4604a545cdc127456d94e421cd355bca5b528f4a9c1905b15da2eb4a4c6b\"}]}";
const QByteArray OciIndexNoType =
    "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"application/"
    "vnd.oci.image.manifest.v1+json\",\"size\":402,\"digest\":\"sha256:"
    "328f6a7fb4a7c3de7c9b374991c3771d1ed7a8075f9f6368cc6d099f0091963d\",\"platform\":{"
    "\"architecture\":\"amd64\",\"os\":\"linux\"}},{\"mediaType\":\"application/"
    "vnd.oci.image.manifest.v1+json\",\"size\":403,\"digest\":\"sha256:"
    "eb0327ceb81617a0398ef0fffc3707a7b1c9102a3e6784823b4de6741120b972\",\"platform\":{"
    "\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\"}},{\"mediaType\":\"application/"
    "vnd.oci.image.manifest.v1+json\",\"size\":500,\"digest\":\"sha256:"
    "0000000000000000000000000000000000000000000000000000000000000000\",\"platform\":{"
    "\"architecture\":\"unknown\",\"os\":\"unknown\"}}]}";
} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockerImage()
    {
        const auto m = Manifest::parse(
            DockerImage, QStringLiteral("application/vnd.docker.distribution.manifest.v2+json"));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message()));
        QVERIFY(!m->isIndex());
        QCOMPARE(m->layers().size(), 2);
        QCOMPARE(m->config().size, 7023);
        QCOMPARE(m->layers().at(1).digest,
                 QStringLiteral(
                     "sha256:3c3a4604a545cdc127456d94e421cd355bca5b528f4a9c1905b15da2eb4a4c6b"));
    }

    void ociIndexWithoutMediaType()
    {
        const auto m = Manifest::parse(
            OciIndexNoType,
            QStringLiteral("application/vnd.oci.image.index.v1+json; charset=utf-8"));
        QVERIFY(m);
        QVERIFY(m->isIndex());
        QCOMPARE(m->mediaType(), QStringLiteral("application/vnd.oci.image.index.v1+json"));
        QCOMPARE(m->manifests().size(), 3);
        QCOMPARE(m->platformManifests().size(), 2); // the attestation entry is left out
        const auto arm = m->select(Platform::parse(QStringLiteral("linux/arm64")));
        QVERIFY(arm);
        QCOMPARE(arm->platform.toString(), QStringLiteral("linux/arm64/v8"));
        const auto none = m->select(Platform::parse(QStringLiteral("linux/s390x")));
        QVERIFY(!none);
        QCOMPARE(none.error().kind(), Berth::ErrorKind::NotFound);
        QVERIFY(none.error().message().contains(QStringLiteral("linux/amd64, linux/arm64/v8")));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("contentType");
        QTest::newRow("not json") << QByteArray("{\"schemaVersion\":2,") << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("schema 1")
            << QByteArray("{\"schemaVersion\":1,\"name\":\"x\"}")
            << QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws");
        QTest::newRow("unknown type")
            << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"text/plain\"}")
            << QStringLiteral("text/plain");
        QTest::newRow("layer without digest")
            << QByteArray(
                   "{\"schemaVersion\":2,\"mediaType\":\"application/"
                   "vnd.oci.image.manifest.v1+json\",\"config\":{\"size\":1,\"digest\":\"sha256:"
                   "0000000000000000000000000000000000000000000000000000000000000000\"},\"layers\":"
                   "[{\"size\":1}]}")
            << QString();
        QTest::newRow("negative size")
            << QByteArray(
                   "{\"schemaVersion\":2,\"mediaType\":\"application/"
                   "vnd.oci.image.manifest.v1+json\",\"config\":{\"size\":-1,\"digest\":\"sha256:"
                   "0000000000000000000000000000000000000000000000000000000000000000\"},\"layers\":"
                   "[]}")
            << QString();
        QTest::newRow("index without manifests")
            << QByteArray("{\"schemaVersion\":2,\"mediaType\":\"application/"
                          "vnd.oci.image.index.v1+json\"}")
            << QString();
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, contentType);
        const auto m = Manifest::parse(bytes, contentType);
        QVERIFY(!m);
        QCOMPARE(m.error().kind(), Berth::ErrorKind::Protocol);
    }

    void platformMatching()
    {
        const Platform entry{
            QStringLiteral("linux"), QStringLiteral("arm"), QStringLiteral("v7"), {}};
        QVERIFY(Platform::parse(QStringLiteral("linux/arm")).matches(entry));
        QVERIFY(Platform::parse(QStringLiteral("linux/arm/v7")).matches(entry));
        QVERIFY(!Platform::parse(QStringLiteral("linux/arm/v6")).matches(entry));
        QVERIFY(!Platform::parse(QStringLiteral("windows/arm")).matches(entry));
    }

    void sha256()
    {
        QCOMPARE(Sha256::of(QByteArray("abc")),
                 QStringLiteral(
                     "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        Sha256 streamed;
        streamed.add(QByteArray("a"));
        streamed.add(QByteArray("bc"));
        QCOMPARE(streamed.digest(), Sha256::of(QByteArray("abc")));
        QVERIFY(Sha256::isDigest(Sha256::of({})));
        QVERIFY(!Sha256::isDigest(u"sha256:ABC"));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
