// SPDX-License-Identifier: GPL-3.0-or-later
// The Details pane against the private dockerd and the open registry of tests/env: a local
// image's details equal `docker image inspect` and `docker history`, its containers are
// stopped and removed as jobs; a remote image's and a 3-platform index's details equal
// `skopeo inspect --raw` and `skopeo inspect --config`; a missing tag is said in the pane;
// the Layers tab's file tree of the local image equals the one read from its pushed copy's
// blobs, and a layer chosen in the table shows the image as of that layer; Compare… of two
// tags selected in the repository's tags view equals the comparison of the local images.
#include "base/humanformat.h"
#include "imageselection.h"
#include "layerfilepaths.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/comparedialog.h"
#include "ui/detailsfieldsmodel.h"
#include "ui/detailsmodelroles.h"
#include "ui/detailspane.h"
#include "ui/imagecontainersmodel.h"
#include "ui/imagehistorymodel.h"
#include "ui/imagelayersmodel.h"
#include "ui/indexplatformsmodel.h"
#include "ui/layerfilesview.h"
#include "ui/mainwindow.h"
#include "ui/registrybrowsing.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

using namespace Berth;
using namespace Berth::Ui;

namespace {

const QString LocalImage = QStringLiteral("berth-test/details:1.0");
const QString RunningName = QStringLiteral("berth-details-running");
const QString IdleName = QStringLiteral("berth-details-idle");

// An image with every setting the Config tab shows, steps without layers, and a step that
// made a layer of no bytes.
const QByteArray Dockerfile = "FROM berth-test/busybox:1.0\n"
                              "ENV A=1 B=two\n"
                              "LABEL org.example.x=y\n"
                              "EXPOSE 8080/tcp 53/udp\n"
                              "VOLUME /data\n"
                              "WORKDIR /srv\n"
                              "RUN [\"/bin/busybox\", \"touch\", \"/srv/file\"]\n"
                              "USER 1000:1000\n"
                              "ENTRYPOINT [\"/bin/busybox\"]\n"
                              "CMD [\"sleep\", \"300\"]\n";

// A stored login, as the window's credential store would answer it, for every registry.
class OneLogin final : public CredentialSource
{
public:
    OneLogin(QString user, QString password)
        : m_user(std::move(user))
        , m_password(std::move(password))
    {}
    void find(const LoginRef &login, QObject *context, Done done) override
    {
        Credentials credentials;
        credentials.username = m_user;
        credentials.password = m_password;
        credentials.serverAddress = login.registry;
        answerLater(context, std::move(done), credentials);
    }

private:
    QString m_user;
    QString m_password;
};

QString basicRegistryHost()
{
    return TestEnv::readState(QStringLiteral("registry_htpasswd"), QStringLiteral("url"))
        .remove(QStringLiteral("http://"));
}

QString registryHost()
{
    return TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("url"))
        .remove(QStringLiteral("http://"));
}

QJsonValue skopeo(const QStringList &args)
{
    const auto out = TestPeers::run(
        QStringLiteral("skopeo"),
        QStringList{QStringLiteral("inspect"), QStringLiteral("--tls-verify=false")} + args);
    const QJsonDocument document = QJsonDocument::fromJson(out.value_or(QString()).toUtf8());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QString rawDigest(const QString &reference)
{
    const auto out =
        TestPeers::run(QStringLiteral("skopeo"),
                       {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"),
                        QStringLiteral("--raw"), QStringLiteral("docker://") + reference});
    // skopeo prints the bytes as they are; run() trims the end, which a JSON body lacks.
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(out.value_or(QString()).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QStringList sortedKeys(const QJsonValue &value)
{
    QStringList keys = value.toObject().keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QVariant field(const QAbstractItemModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(DetailsKeyRole).toString() == key)
            return model->index(row, DetailsFieldsModel::ValueColumn).data(DetailsRawRole);
    }
    return {};
}

QString shownField(const QAbstractItemModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(DetailsKeyRole).toString() == key)
            return model->index(row, DetailsFieldsModel::ValueColumn).data().toString();
    }
    return {};
}

QStringList column(const QAbstractItemModel *model, int column, int role = DetailsRawRole)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data(role).toString());
    return values;
}

// The Config tab against an image config's "config" object (inspect's "Config").
void compareConfig(const QAbstractItemModel *model, const QJsonObject &config)
{
    QCOMPARE(field(model, QStringLiteral("entrypoint")).toStringList(),
             strings(config.value(u"Entrypoint")));
    QCOMPARE(field(model, QStringLiteral("cmd")).toStringList(), strings(config.value(u"Cmd")));
    QCOMPARE(field(model, QStringLiteral("env")).toStringList(), strings(config.value(u"Env")));
    QCOMPARE(field(model, QStringLiteral("workingDir")).toString(),
             config.value(u"WorkingDir").toString());
    QCOMPARE(field(model, QStringLiteral("user")).toString(), config.value(u"User").toString());
    QCOMPARE(field(model, QStringLiteral("exposedPorts")).toStringList(),
             sortedKeys(config.value(u"ExposedPorts")));
    QCOMPARE(field(model, QStringLiteral("volumes")).toStringList(),
             sortedKeys(config.value(u"Volumes")));
    QStringList labels;
    const QJsonObject labelObject = config.value(u"Labels").toObject();
    for (auto it = labelObject.begin(); it != labelObject.end(); ++it)
        labels.append(it.key() + u'=' + it.value().toString());
    QCOMPARE(field(model, QStringLiteral("labels")).toStringList(), labels);
}

// The Layers tab against a manifest's layers, as skopeo --raw gives them.
void compareLayers(const QAbstractItemModel *model, const QJsonArray &layers)
{
    QCOMPARE(model->rowCount(), layers.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject layer = layers.at(row).toObject();
        QCOMPARE(model->index(row, ImageLayersModel::DigestColumn).data(DetailsRawRole).toString(),
                 layer.value(u"digest").toString());
        QCOMPARE(
            model->index(row, ImageLayersModel::CompressedColumn).data(DetailsRawRole).toLongLong(),
            layer.value(u"size").toInteger());
        QCOMPARE(
            model->index(row, ImageLayersModel::MediaTypeColumn).data(DetailsRawRole).toString(),
            layer.value(u"mediaType").toString());
    }
}

bool waitLoaded(DetailsPane *pane)
{
    QSignalSpy loaded(pane, &DetailsPane::loaded);
    QSignalSpy failed(pane, &DetailsPane::loadFailed);
    const bool ended =
        QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 30000);
    if (!failed.isEmpty())
        qWarning().noquote() << "details failed:" << failed.first().first().toString();
    return ended && !loaded.isEmpty();
}

// Every row of a comparison's tree, its columns joined, depth first.
QStringList differenceRows(const QTreeWidget *tree)
{
    QStringList rows;
    std::function<void(const QTreeWidgetItem *)> add = [&](const QTreeWidgetItem *item) {
        rows.append(item->text(0) + u'|' + item->text(1) + u'|' + item->text(2));
        for (int child = 0; child < item->childCount(); ++child)
            add(item->child(child));
    };
    for (int top = 0; top < tree->topLevelItemCount(); ++top)
        add(tree->topLevelItem(top));
    return rows;
}

MainWindow::Options engineOptions()
{
    MainWindow::Options options;
    options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
    return options;
}

QStringList containerRows(const QString &imageId)
{
    QStringList rows =
        TestPeers::docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                           QStringLiteral("ancestor=") + imageId, QStringLiteral("--format"),
                           QStringLiteral("{{.Names}} {{.State}}")})
            .value_or(QString())
            .split(u'\n', Qt::SkipEmptyParts);
    rows.sort();
    return rows;
}

QStringList modelContainerRows(const ImageContainersModel *model)
{
    QStringList rows;
    for (const ContainerInfo &container : model->rows())
        rows.append(container.name + u' ' + container.state);
    rows.sort();
    return rows;
}

int rowOf(const ImageContainersModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rows().at(row).name == name)
            return row;
    }
    return -1;
}

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        BERTH_REQUIRE_SERVICE(registryHost(), "registry_open");
        qputenv("DOCKER_BUILDKIT", "0"); // the classic builder's history, no BuildKit needed
        QVERIFY(TestPeers::run(QStringLiteral("/usr/bin/docker"),
                               {QStringLiteral("-H"), TestEnv::dockerHost(),
                                QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"),
                                LocalImage, QStringLiteral("-")},
                               Dockerfile));
        m_remote = registryHost() + QStringLiteral("/details/app:1.0");
        QVERIFY(TestPeers::docker({QStringLiteral("tag"), LocalImage, m_remote}));
        QVERIFY(TestPeers::docker({QStringLiteral("push"), QStringLiteral("-q"), m_remote}));
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), m_remote}));
        qputenv("SEED_INDEX_ARCHES", "amd64 arm64 s390x");
        m_index = registryHost() + QStringLiteral("/details/multi:1.0");
        QVERIFY(TestPeers::run(QStringLiteral("bash"),
                               {qEnvironmentVariable("BERTH_SOURCE_DIR") +
                                    QStringLiteral("/tests/integration/registry/seed.sh"),
                                QStringLiteral("index"), QStringLiteral("http://") + registryHost(),
                                QStringLiteral("details/multi"), QStringLiteral("1.0")}));
    }

    void cleanupTestCase()
    {
        if (TestEnv::dockerHost().isEmpty())
            return;
        TestPeers::docker({QStringLiteral("rm"), QStringLiteral("-f"), RunningName, IdleName});
        TestPeers::docker({QStringLiteral("rmi"), LocalImage});
    }

    void remoteImageEqualsSkopeo()
    {
        DetailsPane pane(nullptr);
        pane.showRemoteTag(*Reference::ImageReference::parse(m_remote));
        QVERIFY(waitLoaded(&pane));
        const QString docker = QStringLiteral("docker://") + m_remote;
        const QJsonObject raw = skopeo({QStringLiteral("--raw"), docker}).toObject();
        const QJsonObject config = skopeo({QStringLiteral("--config"), docker}).toObject();
        QVERIFY(!raw.isEmpty() && !config.isEmpty());

        const QAbstractItemModel *overview = pane.overviewModel();
        QCOMPARE(field(overview, QStringLiteral("digest")).toString(), rawDigest(m_remote));
        QCOMPARE(field(overview, QStringLiteral("mediaType")).toString(),
                 raw.value(u"mediaType").toString());
        QCOMPARE(field(overview, QStringLiteral("configDigest")).toString(),
                 raw.value(u"config").toObject().value(u"digest").toString());
        QCOMPARE(field(overview, QStringLiteral("registry")).toString(), registryHost());
        QCOMPARE(field(overview, QStringLiteral("repository")).toString(),
                 QStringLiteral("details/app"));
        QCOMPARE(field(overview, QStringLiteral("created")).toString(),
                 config.value(u"created").toString());
        QCOMPARE(shownField(overview, QStringLiteral("created")),
                 HumanFormat::localeTime(config.value(u"created").toString()));
        QVERIFY(HumanFormat::parseTimestamp(config.value(u"created").toString()).isValid());
        QCOMPARE(field(overview, QStringLiteral("platform")).toString(),
                 config.value(u"os").toString() + u'/' + config.value(u"architecture").toString());
        compareLayers(pane.layersModel(), raw.value(u"layers").toArray());
        compareConfig(pane.configModel(), config.value(u"config").toObject());

        // History: skopeo lists it oldest first, the pane newest first.
        QJsonArray history = config.value(u"history").toArray();
        QCOMPARE(pane.historyModel()->rowCount(), history.size());
        for (int row = 0; row < history.size(); ++row) {
            const QJsonObject step = history.at(history.size() - 1 - row).toObject();
            const QAbstractItemModel *model = pane.historyModel();
            QCOMPARE(model->index(row, ImageHistoryModel::CreatedByColumn).data().toString(),
                     step.value(u"created_by").toString());
            const QModelIndex created = model->index(row, ImageHistoryModel::CreatedColumn);
            QCOMPARE(created.data(DetailsRawRole).toString(), step.value(u"created").toString());
            // Shown as the locale writes it, not as ISO 8601.
            QCOMPARE(
                created.data().toString(),
                QLocale().toString(
                    HumanFormat::parseTimestamp(step.value(u"created").toString()).toLocalTime(),
                    QLocale::ShortFormat));
            QCOMPARE(model->index(row, ImageHistoryModel::SizeColumn).data().toString() ==
                         ImageHistoryModel::tr("empty layer"),
                     step.value(u"empty_layer").toBool());
        }
        QVERIFY(pane.message().isEmpty());
    }

    // The file tree is read once the Layers tab is shown: the local image from the engine,
    // then the same image pushed to the registry, from its blobs, gives the same tree.
    void layersTabShowsTheFiles()
    {
        DetailsPane pane(nullptr);
        pane.show();
        LayerFilesView *files = pane.layerFiles();
        QSignalSpy shown(files, &LayerFilesView::treeShown);
        pane.showLocalImage(*Engine::EngineEndpoint::parse(TestEnv::dockerHost()), LocalImage);
        QVERIFY(waitLoaded(&pane));
        QVERIFY(files->subject().isEmpty()); // nothing read for a tab not shown
        auto *table = pane.findChild<QTableView *>(QStringLiteral("detailsLayersView"));
        pane.tabs()->setCurrentIndex(pane.tabs()->indexOf(table->parentWidget()));
        QVERIFY(shown.wait(60000));
        const QStringList local = TestUi::layerFilePaths(files->model());
        QVERIFY2(local.contains(QStringLiteral("srv/file")) &&
                     local.contains(QStringLiteral("bin/busybox")),
                 qPrintable(local.join(u' ')));

        // The bottom layer chosen in the table: busybox alone.
        table->selectRow(0);
        QCOMPARE(files->findChild<QComboBox *>(QStringLiteral("layerChooser"))->currentIndex(), 1);
        QVERIFY(shown.wait(60000));
        const QStringList bottom = TestUi::layerFilePaths(files->model());
        QVERIFY2(bottom.contains(QStringLiteral("bin/busybox")) &&
                     !bottom.contains(QStringLiteral("srv/file")),
                 qPrintable(bottom.join(u' ')));

        // The Layers tab still shown: the remote tag's files are read with its details.
        // Its blobs' bytes as progress, per mille, up to the whole.
        shown.clear();
        QSignalSpy progress(files->findChild<QProgressBar *>(QStringLiteral("readProgress")),
                            &QProgressBar::valueChanged);
        pane.showRemoteTag(*Reference::ImageReference::parse(m_remote));
        QVERIFY(waitLoaded(&pane));
        QVERIFY(shown.wait(60000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 1000);
        QCOMPARE(files->subject(), Reference::ImageReference::parse(m_remote)->normalized());
        QCOMPARE(TestUi::layerFilePaths(files->model()), local);
    }

    // Two tags selected in the repository's tags view compare as their local images do.
    void remoteTagsCompare()
    {
        const QString base = registryHost() + QStringLiteral("/details/app:base");
        const QString busybox = QStringLiteral("berth-test/busybox:1.0");
        QVERIFY(TestPeers::docker({QStringLiteral("tag"), busybox, base}));
        QVERIFY(TestPeers::docker({QStringLiteral("push"), QStringLiteral("-q"), base}));
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), base}));

        RegistryBrowsing browsing(nullptr);
        RemoteTagsView view(&browsing);
        view.open(registryHost(), QStringLiteral("details/app"));
        QTRY_VERIFY_WITH_TIMEOUT(view.isListed(), 30000);
        QVERIFY(!view.compareAction()->isEnabled());
        view.table()->selectAll();
        QCOMPARE(view.table()->selectionModel()->selectedRows().size(), 2); // 1.0 and base
        QVERIFY(view.compareAction()->isEnabled());
        view.compareAction()->trigger();
        auto *remote = view.findChild<CompareDialog *>();
        QVERIFY(remote);
        QSignalSpy remoteCompared(remote, &CompareDialog::compared);

        CompareDialog local(*Engine::EngineEndpoint::parse(TestEnv::dockerHost()), LocalImage,
                            busybox);
        QSignalSpy localCompared(&local, &CompareDialog::compared);
        QVERIFY(localCompared.wait(60000));
        QVERIFY(remoteCompared.count() == 1 || remoteCompared.wait(60000));
        const QStringList rows =
            differenceRows(remote->findChild<QTreeWidget *>(QStringLiteral("differences")));
        // LocalImage added /srv/file to busybox: compared from it, the file is removed.
        QVERIFY2(std::any_of(rows.begin(), rows.end(),
                             [](const QString &row) {
                                 return row.startsWith(QStringLiteral("srv/file (removed)"));
                             }),
                 qPrintable(rows.join(u'\n')));
        QCOMPARE(rows,
                 differenceRows(local.findChild<QTreeWidget *>(QStringLiteral("differences"))));
    }

    void remoteIndexEqualsSkopeo()
    {
        DetailsPane pane(nullptr);
        pane.showRemoteTag(*Reference::ImageReference::parse(m_index));
        QVERIFY(waitLoaded(&pane));
        const QJsonObject raw =
            skopeo({QStringLiteral("--raw"), QStringLiteral("docker://") + m_index}).toObject();
        const QJsonArray manifests = raw.value(u"manifests").toArray();
        QCOMPARE(manifests.size(), 3);
        QCOMPARE(field(pane.overviewModel(), QStringLiteral("digest")).toString(),
                 rawDigest(m_index));
        const QAbstractItemModel *platforms = pane.platformsModel();
        QCOMPARE(platforms->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const QJsonObject entry = manifests.at(row).toObject();
            const QJsonObject platform = entry.value(u"platform").toObject();
            QString expected = platform.value(u"os").toString() + u'/' +
                               platform.value(u"architecture").toString();
            if (platform.contains(u"variant"))
                expected += u'/' + platform.value(u"variant").toString();
            QCOMPARE(column(platforms, IndexPlatformsModel::PlatformColumn).at(row), expected);
            QCOMPARE(column(platforms, IndexPlatformsModel::DigestColumn).at(row),
                     entry.value(u"digest").toString());
            QCOMPARE(column(platforms, IndexPlatformsModel::SizeColumn).at(row).toLongLong(),
                     entry.value(u"size").toInteger());
        }
        // An index has no settings of its own.
        QVERIFY(!pane.tabs()->isTabEnabled(1));

        // Each platform opens its own details, and Back returns to the index.
        const QString digest = manifests.at(2).toObject().value(u"digest").toString();
        pane.openPlatform(2);
        QVERIFY(waitLoaded(&pane));
        const QString child = registryHost() + QStringLiteral("/details/multi@") + digest;
        const QJsonObject childRaw =
            skopeo({QStringLiteral("--raw"), QStringLiteral("docker://") + child}).toObject();
        const QJsonObject childConfig =
            skopeo({QStringLiteral("--config"), QStringLiteral("docker://") + child}).toObject();
        QCOMPARE(field(pane.overviewModel(), QStringLiteral("digest")).toString(), digest);
        QCOMPARE(field(pane.overviewModel(), QStringLiteral("platform")).toString(),
                 childConfig.value(u"os").toString() + u'/' +
                     childConfig.value(u"architecture").toString());
        compareLayers(pane.layersModel(), childRaw.value(u"layers").toArray());
        QVERIFY(pane.tabs()->isTabEnabled(1));
        auto *back = pane.findChild<QPushButton *>(QStringLiteral("detailsBack"));
        QVERIFY(back && !back->isHidden());
        back->click();
        QVERIFY(waitLoaded(&pane));
        QCOMPARE(pane.platformsModel()->rowCount(), 3);
        QVERIFY(back->isHidden());
    }

    // A tag the repository does not have: said in the pane, in words, with no dialog.
    void missingTagIsSaidInline()
    {
        DetailsPane pane(nullptr);
        QSignalSpy failed(&pane, &DetailsPane::loadFailed);
        const QString missing = registryHost() + QStringLiteral("/details/app:nope");
        pane.showRemoteTag(*Reference::ImageReference::parse(missing));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QCOMPARE(pane.message(),
                 QStringLiteral("No tag nope in %1/details/app.").arg(registryHost()));
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(pane.layersModel()->rowCount(), 0);
    }

    // A registry that needs a login is read with the stored one (bob may pull); a wrong
    // password, or none, is said in the pane with the registry's and the user's names.
    void storedLoginIsUsed()
    {
        BERTH_REQUIRE_SERVICE(basicRegistryHost(), "registry_htpasswd");
        QVERIFY(TestPeers::run(
            QStringLiteral("bash"),
            {qEnvironmentVariable("BERTH_SOURCE_DIR") +
                 QStringLiteral("/tests/integration/registry/seed.sh"),
             QStringLiteral("image"), QStringLiteral("http://") + basicRegistryHost(),
             QStringLiteral("details/private"), QStringLiteral("1.0"), QStringLiteral("2048"),
             QStringLiteral("-u"), QStringLiteral("alice:alice-secret-1")}));
        const QString privateImage = basicRegistryHost() + QStringLiteral("/details/private:1.0");
        const auto reference = *Reference::ImageReference::parse(privateImage);

        DetailsPane pane(nullptr);
        pane.setCredentials(
            std::make_shared<OneLogin>(QStringLiteral("bob"), QStringLiteral("bob-secret-2")));
        pane.showRemoteTag(reference);
        QVERIFY(waitLoaded(&pane));
        QCOMPARE(pane.layersModel()->rowCount(), 1);

        QSignalSpy failed(&pane, &DetailsPane::loadFailed);
        pane.setCredentials(
            std::make_shared<OneLogin>(QStringLiteral("bob"), QStringLiteral("not-bobs-password")));
        pane.showRemoteTag(reference);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QVERIFY2(pane.message().contains(basicRegistryHost()) &&
                     pane.message().contains(QStringLiteral("bob")),
                 qPrintable(pane.message()));
        QVERIFY(!pane.message().contains(QStringLiteral("not-bobs-password")));
        QVERIFY(!QApplication::activeModalWidget());

        failed.clear();
        pane.setCredentials(nullptr);
        pane.showRemoteTag(reference);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 30000);
        QVERIFY2(pane.message().contains(basicRegistryHost()), qPrintable(pane.message()));
        QCOMPARE(pane.layersModel()->rowCount(), 0);
    }

    // Selecting the image in the window shows what docker image inspect and docker history
    // say, and its containers, which Stop and Remove change as jobs.
    void localImageEqualsDockerInspect()
    {
        QVERIFY(TestPeers::docker({QStringLiteral("run"), QStringLiteral("-d"),
                                   QStringLiteral("--stop-timeout"), QStringLiteral("1"),
                                   QStringLiteral("--name"), RunningName, LocalImage}));
        QVERIFY(TestPeers::docker(
            {QStringLiteral("create"), QStringLiteral("--name"), IdleName, LocalImage}));
        MainWindow window(engineOptions());
        window.show();
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(TestUi::selectImage(window, LocalImage), 15000);
        DetailsPane *pane = window.detailsPane();
        QVERIFY(waitLoaded(pane));

        const QJsonObject inspect =
            QJsonDocument::fromJson(
                TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"), LocalImage})
                    .value_or(QString())
                    .toUtf8())
                .array()
                .first()
                .toObject();
        const QAbstractItemModel *overview = pane->overviewModel();
        const QString id = inspect.value(u"Id").toString();
        QCOMPARE(field(overview, QStringLiteral("id")).toString(), id);
        QCOMPARE(field(overview, QStringLiteral("tags")).toStringList(),
                 strings(inspect.value(u"RepoTags")));
        QCOMPARE(field(overview, QStringLiteral("created")).toString(),
                 inspect.value(u"Created").toString());
        QCOMPARE(field(overview, QStringLiteral("size")).toLongLong(),
                 inspect.value(u"Size").toInteger());
        QCOMPARE(field(overview, QStringLiteral("platform")).toString(),
                 inspect.value(u"Os").toString() + u'/' +
                     inspect.value(u"Architecture").toString());
        compareConfig(pane->configModel(), inspect.value(u"Config").toObject());
        const QStringList diffIds = strings(inspect.value(u"RootFS").toObject().value(u"Layers"));
        QCOMPARE(column(pane->layersModel(), ImageLayersModel::DigestColumn), diffIds);

        const QStringList history =
            TestPeers::docker({QStringLiteral("history"), QStringLiteral("--no-trunc"),
                               QStringLiteral("--human=false"), QStringLiteral("--format"),
                               QStringLiteral("{{.Size}}\t{{.CreatedBy}}"), LocalImage})
                .value_or(QString())
                .split(u'\n');
        const QAbstractItemModel *steps = pane->historyModel();
        QCOMPARE(steps->rowCount(), history.size());
        int layers = 0;
        for (int row = 0; row < steps->rowCount(); ++row) {
            const QString shown =
                steps->index(row, ImageHistoryModel::SizeColumn).data(DetailsRawRole).toString() +
                u'\t' + steps->index(row, ImageHistoryModel::CreatedByColumn).data().toString();
            QCOMPARE(shown.trimmed(), history.at(row).trimmed());
            if (steps->index(row, ImageHistoryModel::SizeColumn).data().toString() !=
                ImageHistoryModel::tr("empty layer"))
                ++layers;
        }
        // The steps the pane calls empty leave as many as the image has layers.
        QCOMPARE(layers, diffIds.size());

        const ImageContainersModel *containers = pane->containersModel();
        QCOMPARE(modelContainerRows(containers), containerRows(id));
        QCOMPARE(containers->rowCount(), 2);

        // Stop, as a job: the running container exits.
        auto *view = pane->findChild<QTableView *>(QStringLiteral("detailsContainersView"));
        auto *stop = pane->findChild<QPushButton *>(QStringLiteral("detailsStopContainer"));
        auto *remove = pane->findChild<QPushButton *>(QStringLiteral("detailsRemoveContainer"));
        view->selectRow(rowOf(containers, RunningName));
        QVERIFY(stop->isEnabled());
        stop->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            containerRows(id).contains(RunningName + QStringLiteral(" exited")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(modelContainerRows(containers), containerRows(id), 30000);
        view->selectRow(rowOf(containers, IdleName));
        QVERIFY(!stop->isEnabled()); // not running
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(containers, IdleName) < 0, 30000);
        QCOMPARE(modelContainerRows(containers), containerRows(id));
        QCOMPARE(containerRows(id).size(), 1);
    }

private:
    QString m_remote;
    QString m_index;
};

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
