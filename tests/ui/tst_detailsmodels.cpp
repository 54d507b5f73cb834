// SPDX-License-Identifier: GPL-3.0-or-later
// The Details pane's models under QAbstractItemModelTester, fed by the parser from answers
// written out here (an index of 3 platforms, an image whose config is missing, a local image
// with containers, the empty details of a failed fetch), and the pane's inline error for a
// registry that is not there.
#include "registry/manifest.h"
#include "ui/detailsfieldsmodel.h"
#include "ui/detailsmodelroles.h"
#include "ui/detailspane.h"
#include "ui/detailstableview.h"
#include "ui/imagecontainersmodel.h"
#include "ui/imagedetailsparser.h"
#include "ui/imagehistorymodel.h"
#include "ui/imagelayersmodel.h"
#include "ui/indexplatformsmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

QString digestOf(char c)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(c));
}

// JSON written with single quotes, which read better in C++ strings.
QJsonDocument document(QByteArray text)
{
    return QJsonDocument::fromJson(text.replace('\'', '"'));
}

QJsonObject json(const QByteArray &text)
{
    return document(text).object();
}

Reference::ImageReference reference(const QString &text)
{
    return *Reference::ImageReference::parse(text);
}

Registry::Manifest manifest(const QJsonObject &object)
{
    return *Registry::Manifest::parse(QJsonDocument(object).toJson(), QString());
}

Registry::Manifest threePlatformIndex()
{
    QJsonArray entries;
    const QList<std::pair<QString, QString>> platforms{
        {QStringLiteral("amd64"), QString()},
        {QStringLiteral("arm64"), QStringLiteral("v8")},
        {QStringLiteral("s390x"), QString()}};
    char c = 'a';
    for (const auto &[architecture, variant] : platforms) {
        QJsonObject platform{{QStringLiteral("os"), QStringLiteral("linux")},
                             {QStringLiteral("architecture"), architecture}};
        if (!variant.isEmpty())
            platform.insert(QStringLiteral("variant"), variant);
        entries.append(QJsonObject{{QStringLiteral("mediaType"),
                                    QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                                   {QStringLiteral("digest"), digestOf(c++)},
                                   {QStringLiteral("size"), 400},
                                   {QStringLiteral("platform"), platform}});
    }
    return manifest(
        {{QStringLiteral("schemaVersion"), 2},
         {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
         {QStringLiteral("manifests"), entries}});
}

Registry::Manifest twoLayerImage()
{
    const auto descriptor = [](const QString &type, const QString &digest, qint64 size) {
        return QJsonObject{{QStringLiteral("mediaType"), type},
                           {QStringLiteral("digest"), digest},
                           {QStringLiteral("size"), size}};
    };
    const QString layerType = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
    return manifest(
        {{QStringLiteral("schemaVersion"), 2},
         {QStringLiteral("mediaType"),
          QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
         {QStringLiteral("config"),
          descriptor(QStringLiteral("application/vnd.oci.image.config.v1+json"), digestOf('c'),
                     900)},
         {QStringLiteral("layers"), QJsonArray{descriptor(layerType, digestOf('1'), 1000),
                                               descriptor(layerType, digestOf('2'), 20)}}});
}

// A registry config: two layers and a step between them that made none.
QJsonObject imageConfig()
{
    return json("{'architecture':'arm64','variant':'v8','os':'linux',"
                "'created':'2026-01-02T03:04:05Z',"
                "'config':{'Entrypoint':['/bin/app'],'Cmd':['--serve'],'Env':['A=1','B=2'],"
                "'WorkingDir':'/srv','User':'1000','ExposedPorts':{'8080/tcp':{},'53/udp':{}},"
                "'Volumes':{'/data':{}},'Labels':{'x':'y'}},"
                "'rootfs':{'type':'layers','diff_ids':['sha256:d1','sha256:d2']},"
                "'history':[{'created':'2026-01-01T00:00:00Z','created_by':'ADD base /'},"
                "{'created':'2026-01-01T00:00:01Z','created_by':'ENV A=1','empty_layer':true},"
                "{'created':'2026-01-01T00:00:02Z','created_by':'RUN make'}]}");
}

ImageDetails localImage()
{
    const QJsonObject inspect =
        json("{'Id':'sha256:aaaa','RepoTags':['example.org/team/app:1.0'],"
             "'RepoDigests':['example.org/team/app@sha256:bbbb'],'Created':'2026-01-02T03:04:05Z',"
             "'Size':1234,'Os':'linux','Architecture':'amd64',"
             "'Config':{'Cmd':['sh'],'Env':['PATH=/bin']},"
             "'RootFS':{'Layers':['sha256:l1','sha256:l2']}}");
    // Newest first, as the engine answers: a classic builder's settings step, a RUN that
    // made a layer of no bytes, and the base.
    const QJsonArray history =
        document("["
                 "{'Created':1767323045,'CreatedBy':'/bin/sh -c #(nop)  CMD [\\'sh\\']','Size':0},"
                 "{'Created':1767323044,'CreatedBy':'/bin/sh -c touch /x','Size':0},"
                 "{'Created':1767323043,'CreatedBy':'/bin/sh -c #(nop) ADD file:abc in / "
                 "','Size':1234}]")
            .array();
    const QJsonArray containers =
        document("["
                 "{'Id':'c1','Names':['/one'],'State':'running','Status':'Up 2 minutes'},"
                 "{'Id':'c2','Names':['/two'],'State':'exited','Status':'Exited (0) 1 hour ago'}]")
            .array();
    return ImageDetailsParser::fromEngine(inspect, history, containers);
}

QStringList column(const QAbstractItemModel &model, int column, int role = DetailsRawRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

QVariant field(const QAbstractItemModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(DetailsKeyRole).toString() == key)
            return model.index(row, DetailsFieldsModel::ValueColumn).data(DetailsRawRole);
    }
    return {};
}

} // namespace

class TestDetailsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsHoldTheDetails_data()
    {
        QTest::addColumn<ImageDetails>("details");
        QTest::addColumn<int>("configRows");
        QTest::addColumn<int>("historyRows");
        QTest::addColumn<int>("layerRows");
        QTest::addColumn<int>("platformRows");
        QTest::addColumn<int>("containerRows");
        QTest::addColumn<int>("problems");

        const auto ref = reference(QStringLiteral("127.0.0.1:5000/team/app:1.0"));
        QTest::newRow("an index of 3 platforms")
            << ImageDetailsParser::fromRemoteIndex(ref, digestOf('i'), threePlatformIndex()) << 0
            << 0 << 0 << 3 << 0 << 0;
        QTest::newRow("an image and its config")
            << ImageDetailsParser::fromRemoteImage(ref, digestOf('m'), twoLayerImage(),
                                                   imageConfig())
            << 8 << 3 << 2 << 0 << 0 << 0;
        QTest::newRow("an image whose config is missing")
            << ImageDetailsParser::fromRemoteImage(ref, digestOf('m'), twoLayerImage(),
                                                   std::nullopt, QStringLiteral("missing"))
            << 0 << 0 << 2 << 0 << 0 << 1;
        QTest::newRow("a local image with two containers")
            << localImage() << 8 << 3 << 2 << 0 << 2 << 0;
        QTest::newRow("a failed fetch") << ImageDetails() << 0 << 0 << 0 << 0 << 0 << 0;
    }

    void modelsHoldTheDetails()
    {
        QFETCH(ImageDetails, details);
        DetailsFieldsModel overview;
        DetailsFieldsModel config;
        ImageHistoryModel history;
        ImageLayersModel layers;
        IndexPlatformsModel platforms;
        ImageContainersModel containers;
        const QList<QAbstractItemModel *> models{&overview, &config,    &history,
                                                 &layers,   &platforms, &containers};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));

        // Twice: the same image shown again replaces it (the containers by difference).
        for (int round = 0; round < 2; ++round) {
            overview.setRows(details.overview);
            config.setRows(details.config);
            history.setRows(details.history);
            layers.setRows(details.layers);
            platforms.setRows(details.platforms);
            containers.setContainers(details.containers);
        }
        QTEST(config.rowCount(), "configRows");
        QTEST(history.rowCount(), "historyRows");
        QTEST(layers.rowCount(), "layerRows");
        QTEST(platforms.rowCount(), "platformRows");
        QTEST(containers.rowCount(), "containerRows");
        QTEST(int(details.problems.size()), "problems");
        QCOMPARE(overview.rowCount(), details.overview.size());
        for (QAbstractItemModel *model : models) {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int c = 0; c < model->columnCount(); ++c)
                    QVERIFY(model->flags(model->index(row, c)) & Qt::ItemIsSelectable);
            }
        }
        // Another image, then none: the rows go.
        containers.setContainers({ContainerInfo{QStringLiteral("c9"), QStringLiteral("nine"),
                                                QStringLiteral("created"), QString()}});
        for (DetailsFieldsModel *fields : {&overview, &config})
            fields->setRows({});
        history.setRows({});
        layers.setRows({});
        platforms.setRows({});
        containers.setContainers({});
        for (QAbstractItemModel *model : models)
            QCOMPARE(model->rowCount(), 0);
    }

    void indexListsItsPlatforms()
    {
        const auto details = ImageDetailsParser::fromRemoteIndex(
            reference(QStringLiteral("127.0.0.1:5000/team/app:1.0")), digestOf('i'),
            threePlatformIndex());
        IndexPlatformsModel platforms;
        platforms.setRows(details.platforms);
        QCOMPARE(column(platforms, IndexPlatformsModel::PlatformColumn),
                 QStringList({QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64/v8"),
                              QStringLiteral("linux/s390x")}));
        QCOMPARE(column(platforms, IndexPlatformsModel::DigestColumn, DetailsDigestRole),
                 QStringList({digestOf('a'), digestOf('b'), digestOf('c')}));
        DetailsFieldsModel overview;
        overview.setRows(details.overview);
        QCOMPARE(field(overview, QStringLiteral("digest")).toString(), digestOf('i'));
        QCOMPARE(field(overview, QStringLiteral("registry")).toString(),
                 QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(field(overview, QStringLiteral("repository")).toString(),
                 QStringLiteral("team/app"));
        QCOMPARE(field(overview, QStringLiteral("platforms")).toStringList().size(), 3);
    }

    // A registry's history has no sizes: the steps that made layers get the layers' sizes
    // in order; newest first, as docker history lists them.
    void remoteHistoryTakesTheLayerSizes()
    {
        const auto details = ImageDetailsParser::fromRemoteImage(
            reference(QStringLiteral("127.0.0.1:5000/team/app:1.0")), digestOf('m'),
            twoLayerImage(), imageConfig());
        ImageHistoryModel history;
        history.setRows(details.history);
        QCOMPARE(column(history, ImageHistoryModel::CreatedByColumn),
                 QStringList({QStringLiteral("RUN make"), QStringLiteral("ENV A=1"),
                              QStringLiteral("ADD base /")}));
        QCOMPARE(column(history, ImageHistoryModel::SizeColumn),
                 QStringList({QStringLiteral("20"), QStringLiteral("0"), QStringLiteral("1000")}));
        QCOMPARE(history.index(1, ImageHistoryModel::SizeColumn).data().toString(),
                 ImageHistoryModel::tr("empty layer"));
        DetailsFieldsModel config;
        config.setRows(details.config);
        QCOMPARE(field(config, QStringLiteral("entrypoint")).toStringList(),
                 QStringList{QStringLiteral("/bin/app")});
        QCOMPARE(field(config, QStringLiteral("exposedPorts")).toStringList(),
                 QStringList({QStringLiteral("53/udp"), QStringLiteral("8080/tcp")}));
        QCOMPARE(field(config, QStringLiteral("labels")).toStringList(),
                 QStringList{QStringLiteral("x=y")});
        ImageLayersModel layers;
        layers.setRows(details.layers);
        QCOMPARE(column(layers, ImageLayersModel::CompressedColumn),
                 QStringList({QStringLiteral("1000"), QStringLiteral("20")}));
        QCOMPARE(column(layers, ImageLayersModel::UncompressedColumn),
                 QStringList({QStringLiteral("-1"), QStringLiteral("-1")}));
        QCOMPARE(layers.index(0, ImageLayersModel::UncompressedColumn).data().toString(),
                 ImageLayersModel::tr("not known"));
        DetailsFieldsModel overview;
        overview.setRows(details.overview);
        QCOMPARE(field(overview, QStringLiteral("platform")).toString(),
                 QStringLiteral("linux/arm64/v8"));
        QCOMPARE(field(overview, QStringLiteral("size")).toLongLong(), 1020);
    }

    // The engine's history says nothing of empty layers: a settings step of no bytes made
    // none, a RUN of no bytes did, since the image has two layers.
    void localHistoryMarksTheStepsWithoutLayers()
    {
        const ImageDetails details = localImage();
        ImageHistoryModel history;
        history.setRows(details.history);
        QCOMPARE(history.index(0, ImageHistoryModel::SizeColumn).data().toString(),
                 ImageHistoryModel::tr("empty layer"));
        QVERIFY(history.index(1, ImageHistoryModel::SizeColumn).data().toString() !=
                ImageHistoryModel::tr("empty layer"));
        ImageLayersModel layers;
        layers.setRows(details.layers);
        QCOMPARE(column(layers, ImageLayersModel::UncompressedColumn),
                 QStringList({QStringLiteral("1234"), QStringLiteral("0")}));
        DetailsFieldsModel overview;
        overview.setRows(details.overview);
        QCOMPARE(field(overview, QStringLiteral("registry")).toString(),
                 QStringLiteral("example.org"));
        // A repository digest copies as the digest alone.
        QCOMPARE(overview.index(2, 0).data(DetailsDigestRole).toString(),
                 QStringLiteral("sha256:bbbb"));
        ImageContainersModel containers;
        containers.setContainers(details.containers);
        QCOMPARE(column(containers, ImageContainersModel::NameColumn),
                 QStringList({QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(column(containers, ImageContainersModel::StateColumn),
                 QStringList({QStringLiteral("running"), QStringLiteral("exited")}));
    }

    // Copy puts the selected cells on the clipboard, Copy Digest the current row's digest.
    void tablesCopyCellsAndDigests()
    {
        ImageLayersModel layers;
        layers.setRows(localImage().layers);
        DetailsTableView view;
        view.setModel(&layers);
        view.selectionModel()->setCurrentIndex(
            layers.index(1, ImageLayersModel::UncompressedColumn), QItemSelectionModel::NoUpdate);
        view.selectionModel()->select(layers.index(0, ImageLayersModel::DigestColumn),
                                      QItemSelectionModel::Select);
        view.selectionModel()->select(layers.index(1, ImageLayersModel::DigestColumn),
                                      QItemSelectionModel::Select);
        QVERIFY(view.copyDigestAction()->isEnabled());
        view.copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("sha256:l1\nsha256:l2"));
        view.copyDigestAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("sha256:l2"));
    }

    // A registry that is not there: the pane says so in itself, empty, without a dialog.
    void failedFetchIsSaidInline()
    {
        DetailsPane pane(nullptr);
        QSignalSpy failed(&pane, &DetailsPane::loadFailed);
        pane.showRemoteTag(reference(QStringLiteral("127.0.0.1:1/team/app:1.0")));
        QVERIFY(pane.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        QVERIFY(!pane.isLoading());
        QCOMPARE(pane.message(), failed.first().first().toString());
        QVERIFY(pane.message().contains(QStringLiteral("127.0.0.1:1")));
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(pane.overviewModel()->rowCount(), 0);
        QCOMPARE(pane.layersModel()->rowCount(), 0);
        pane.clear();
        QVERIFY(pane.message().isEmpty());
    }
};

QTEST_MAIN(TestDetailsModels)
#include "tst_detailsmodels.moc"
