// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing GET /images/json as engines of different API versions answer it, and the rows
// per tag that berthctl and the window show.
#include "base/humanformat.h"
#include "engine/imagesummary.h"

#include <QTest>

using namespace Berth;
using Berth::Engine::ImageSummaryParser;
using Berth::Engine::ImageTagRow;

class TestImageSummary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEngine2010Answer()
    {
        // The shape dockerd 20.10 (API 1.41) sends.
        const QByteArray json =
            R"([{"Containers":-1,"Created":1700000000,"Id":"sha256:aaa","Labels":{"a":"b"},
            "ParentId":"","RepoDigests":["reg:5000/app@sha256:fff"],"RepoTags":["reg:5000/app:1","app:latest"],
            "SharedSize":-1,"Size":1982256,"VirtualSize":1982256},
            {"Containers":-1,"Created":1600000000,"Id":"sha256:bbb","Labels":null,"ParentId":"sha256:aaa",
            "RepoDigests":["<none>@<none>"],"RepoTags":["<none>:<none>"],"SharedSize":-1,"Size":5,"VirtualSize":5}])";
        const auto images = ImageSummaryParser::parse(json);
        QVERIFY(images.ok());
        QCOMPARE(images->size(), 2);
        QCOMPARE(images->at(0).id, QStringLiteral("sha256:aaa"));
        QCOMPARE(images->at(0).labels.value(QStringLiteral("a")), QStringLiteral("b"));
        QCOMPARE(images->at(0).repoDigests, QStringList{QStringLiteral("reg:5000/app@sha256:fff")});
        QCOMPARE(images->at(1).parentId, QStringLiteral("sha256:aaa"));

        const QList<ImageTagRow> rows = ImageSummaryParser::tagRows(*images);
        // Each row carries its image's RepoDigests, which drift compares (docs/drift.md).
        const QStringList digests{QStringLiteral("reg:5000/app@sha256:fff")};
        const QList<ImageTagRow> expected{
            {QStringLiteral("reg:5000/app"), QStringLiteral("1"), QStringLiteral("sha256:aaa"),
             1700000000, 1982256, digests},
            {QStringLiteral("app"), QStringLiteral("latest"), QStringLiteral("sha256:aaa"),
             1700000000, 1982256, digests},
            {QStringLiteral("<none>"),
             QStringLiteral("<none>"),
             QStringLiteral("sha256:bbb"),
             1600000000,
             5,
             {QStringLiteral("<none>@<none>")}},
        };
        QCOMPARE(rows, expected);
    }

    void imagesOfOneSecondAreOrderedById()
    {
        // The engine sends images created in the same second in no fixed order: the rows
        // come out the same for either order.
        const QByteArray a = R"({"Id":"sha256:a1","Created":5,"Size":1,"RepoTags":["x:1"]})";
        const QByteArray b = R"({"Id":"sha256:b2","Created":5,"Size":1,"RepoTags":["y:1"]})";
        const auto ab = ImageSummaryParser::parse("[" + a + "," + b + "]");
        const auto ba = ImageSummaryParser::parse("[" + b + "," + a + "]");
        QVERIFY(ab.ok() && ba.ok());
        QCOMPARE(ImageSummaryParser::tagRows(*ab), ImageSummaryParser::tagRows(*ba));
        QCOMPARE(ImageSummaryParser::tagRows(*ab).first().id, QStringLiteral("sha256:a1"));
    }

    void aRepositoryWithADigestButNoTagIsARow()
    {
        // As `docker images`: an image whose tag moved away keeps its digest, and shows as
        // that repository with the tag <none>; a repository it also has a tag in does not
        // show twice.
        const QByteArray json =
            R"([{"Id":"sha256:ddd","Created":1,"Size":2,"RepoTags":["<none>:<none>"],
            "RepoDigests":["reg:5000/app@sha256:fff","reg:5000/old@sha256:eee"]},
            {"Id":"sha256:eee","Created":3,"Size":4,"RepoTags":["app:1"],
            "RepoDigests":["app@sha256:111","reg/gone@sha256:222"]}])";
        const auto images = ImageSummaryParser::parse(json);
        QVERIFY(images.ok());
        // Newest first, whatever order the answer has.
        const QStringList eee{QStringLiteral("app@sha256:111"),
                              QStringLiteral("reg/gone@sha256:222")};
        const QStringList ddd{QStringLiteral("reg:5000/app@sha256:fff"),
                              QStringLiteral("reg:5000/old@sha256:eee")};
        const QList<ImageTagRow> expected{
            {QStringLiteral("app"), QStringLiteral("1"), QStringLiteral("sha256:eee"), 3, 4, eee},
            {QStringLiteral("reg/gone"), QStringLiteral("<none>"), QStringLiteral("sha256:eee"), 3,
             4, eee},
            {QStringLiteral("reg:5000/app"), QStringLiteral("<none>"), QStringLiteral("sha256:ddd"),
             1, 2, ddd},
            {QStringLiteral("reg:5000/old"), QStringLiteral("<none>"), QStringLiteral("sha256:ddd"),
             1, 2, ddd},
        };
        QCOMPARE(ImageSummaryParser::tagRows(*images), expected);
    }

    void parsesNewerApiWithoutOptionalFields()
    {
        // API 1.43+ drops "<none>" placeholders, 1.44 drops VirtualSize; 1.48 adds Descriptor.
        const QByteArray json =
            R"([{"Id":"sha256:ccc","Created":1,"Size":2,"RepoTags":[],"RepoDigests":[],
            "Descriptor":{"mediaType":"application/vnd.oci.image.index.v1+json"},"Containers":3}])";
        const auto images = ImageSummaryParser::parse(json);
        QVERIFY(images.ok());
        QCOMPARE(images->first().containers, 3);
        const auto rows = ImageSummaryParser::tagRows(*images);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().tag, QStringLiteral("<none>"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("truncated")
            << QByteArray(R"([{"Id":"sha256:a")") << QStringLiteral("not valid JSON");
        QTest::newRow("object") << QByteArray(R"({"message":"x"})")
                                << QStringLiteral("not a JSON array");
        QTest::newRow("entry not object")
            << QByteArray("[1]") << QStringLiteral("not a JSON object");
        QTest::newRow("no id") << QByteArray(R"([{"RepoTags":["a:b"]}])")
                               << QStringLiteral("has no Id");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        const auto images = ImageSummaryParser::parse(json);
        QVERIFY(!images.ok());
        QCOMPARE(images.error().kind(), ErrorKind::Protocol);
        QVERIFY2(images.error().message().contains(errorContains),
                 qPrintable(images.error().message()));
    }

    void humanFormat_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        // Docker's units.HumanSizeWithPrecision(size, 3).
        QTest::newRow("bytes") << qint64(999) << "999B";
        QTest::newRow("kB") << qint64(1000) << "1kB";
        QTest::newRow("busybox") << qint64(1982256) << "1.98MB";
        QTest::newRow("GB") << qint64(1234567890) << "1.23GB";
        QTest::newRow("negative") << qint64(-1) << "0B";
    }

    void humanFormat()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(HumanFormat::size(bytes), text);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << qint64(45) << "45 s";
        QTest::newRow("minute boundary") << qint64(60) << "1 min 0 s";
        QTest::newRow("minutes") << qint64(200) << "3 min 20 s";
        QTest::newRow("hours") << qint64(7500) << "2 h 5 min";
        QTest::newRow("negative") << qint64(-3) << "0 s";
    }

    void duration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(HumanFormat::duration(seconds), text);
    }

    void shortId()
    {
        QCOMPARE(HumanFormat::shortId(QStringLiteral("sha256:7034b884e231e4118d749954c2c25463")),
                 QStringLiteral("7034b884e231"));
        QCOMPARE(HumanFormat::shortId(QStringLiteral("7034b884e231e4118d7")),
                 QStringLiteral("7034b884e231"));
    }
};

QTEST_GUILESS_MAIN(TestImageSummary)
#include "tst_imagesummary.moc"
