// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources tree and the tags view against the real registries of tests/env: a registry's
// catalog in pages, a repository's 300 tags as skopeo lists them, a tag's details as skopeo
// inspects it, and the token registry's refusals (bob, pull only; a wrong password) shown
// inline in words. Seeded with curl (seed.sh), never with Berth.
#include "credentials/credentialstore.h"
#include "integration/registry/registrytesthelpers.h"
#include "jobs/jobqueue.h"
#include "sourcestesthelpers.h"
#include "testenv.h"
#include "ui/mainwindow.h"
#include "ui/registrybrowsing.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace Berth;
using namespace Berth::Ui;
using TestPeers::run;

namespace {

constexpr int Patience = 60000; // a hang guard only

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

using SourcesTest::failureText;

MainWindow::Options windowOptions()
{
    return SourcesTest::noEngineOptions();
}

QStringList listedTags(const RemoteTagsModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->tagAt(row));
    out.sort();
    return out;
}

QStringList proxyTags(const QAbstractItemModel *proxy)
{
    QStringList out;
    for (int row = 0; row < proxy->rowCount(); ++row)
        out.append(proxy->index(row, 0).data(RemoteTagsModel::TagRole).toString());
    return out;
}

} // namespace

class TestSourcesBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingButTheEngineBeforeTheFirstPaint()
    {
        MainWindow window(windowOptions());
        QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), Patience);
        QVERIFY(!window.registryBrowsing()->isStarted());
        // Docker Hub is there, with its Recent folder (My Repositories waits for the login to
        // be looked up, when Hub is chosen), says it lists nothing and offers Open Repository.
        const SourcesModel *model = window.sourcesTree()->sourcesModel();
        const QModelIndex hub = model->registryIndex(QStringLiteral("docker.io"));
        QVERIFY(hub.isValid());
        QCOMPARE(model->rowCount(hub), 2);
        QCOMPARE(model->index(0, 0, hub), model->hubFolderIndex(SourcesModel::HubFolder::Recent));
        QVERIFY(!model->hubFolderIndex(SourcesModel::HubFolder::Mine).isValid());
        QCOMPARE(SourcesModel::kindOf(model->index(1, 0, hub)), SourcesModel::Kind::NoCatalog);
        QVERIFY(window.sourcesTree()->findChild<QPushButton *>(
            QStringLiteral("sourceOpenRepositoryButton")));
    }

    void registryRepositoryAndTags()
    {
        const QString url =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("url"));
        BERTH_REQUIRE_SERVICE(url, "registry_open");
        const QString host =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        const QString prefix = unique(QStringLiteral("src"));
        const QString repository = prefix + QStringLiteral("/app");
        QVERIFY(RegistryTest::seed({QStringLiteral("repos"), url, prefix, QStringLiteral("3")}));
        QVERIFY(
            RegistryTest::seed({QStringLiteral("tags"), url, repository, QStringLiteral("300")}));

        MainWindow window(windowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The registry's catalog, two repositories a page, every page followed.
        QVERIFY(window.showSource(host));
        const SourcesModel *sources = window.sourcesTree()->sourcesModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            sources->repositoryIndex(host, repository).isValid() &&
                sources->repositoryIndex(host, prefix + QStringLiteral("/r2")).isValid(),
            Patience);
        QVERIFY(failureText(sources, host).isEmpty());

        // The repository: its tags equal skopeo's list.
        QSignalSpy ended(&window, &MainWindow::remoteListingEnded);
        window.sourcesTree()->selectRepository(host, repository);
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), Patience);
        RemoteTagsView *view = window.remoteTagsView();
        const auto skopeoTags = QJsonDocument::fromJson(
            run(QStringLiteral("skopeo"),
                {QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"),
                 QStringLiteral("docker://") + host + u'/' + repository})
                .value_or(QString())
                .toUtf8());
        QStringList expected;
        for (const QJsonValue &tag : skopeoTags.object().value(u"Tags").toArray())
            expected.append(tag.toString());
        expected.sort();
        QCOMPARE(expected.size(), 300);
        QCOMPARE(listedTags(view->tagsModel()), expected);
        QVERIFY(view->statusText().startsWith(QStringLiteral("300 tag")));

        // The rows on screen get their details; the first equals skopeo's inspection.
        QTRY_VERIFY_WITH_TIMEOUT(view->visibleRowsDescribed(), Patience);
        QSignalSpy selected(&window, &MainWindow::remoteTagSelected);
        view->selectTag(QStringLiteral("t000"));
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.constLast().first().toString(),
                 host + u'/' + repository + QStringLiteral(":t000"));
        const QString reference =
            QStringLiteral("docker://") + host + u'/' + repository + QStringLiteral(":t000");
        const QByteArray raw =
            run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--raw"),
                                           QStringLiteral("--tls-verify=false"), reference})
                .value_or(QString())
                .toUtf8();
        const QJsonObject config =
            QJsonDocument::fromJson(run(QStringLiteral("skopeo"),
                                        {QStringLiteral("inspect"), QStringLiteral("--config"),
                                         QStringLiteral("--tls-verify=false"), reference})
                                        .value_or(QString())
                                        .toUtf8())
                .object();
        const QJsonObject manifest = QJsonDocument::fromJson(raw).object();
        qint64 size = manifest.value(u"config").toObject().value(u"size").toInteger();
        for (const QJsonValue &layer : manifest.value(u"layers").toArray())
            size += layer.toObject().value(u"size").toInteger();
        const RemoteTagsModel *model = view->tagsModel();
        int row = 0;
        while (model->tagAt(row) != u"t000")
            ++row;
        QTRY_VERIFY_WITH_TIMEOUT(model->hasDetails(row), Patience);
        const auto cell = [&](int column, int role) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(RemoteTagsModel::DigestColumn, RemoteTagsModel::RawRole).toString(),
                 QStringLiteral("sha256:") +
                     QString::fromLatin1(
                         QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(cell(RemoteTagsModel::MediaTypeColumn, Qt::DisplayRole).toString(),
                 manifest.value(u"mediaType").toString());
        QCOMPARE(cell(RemoteTagsModel::SizeColumn, RemoteTagsModel::RawRole).toLongLong(), size);
        QCOMPARE(cell(RemoteTagsModel::PlatformsColumn, Qt::DisplayRole).toString(),
                 config.value(u"os").toString() + u'/' + config.value(u"architecture").toString());

        // Shown in tag order without the proxy sorting; a header's sort indicator sorts by
        // its column, and Tag ascending again is the model's own order.
        QCOMPARE(view->proxy()->sortColumn(), -1);
        QCOMPARE(proxyTags(view->proxy()), expected);
        QHeaderView *header = view->table()->horizontalHeader();
        header->setSortIndicator(RemoteTagsModel::TagColumn, Qt::DescendingOrder);
        QStringList descending = expected;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(proxyTags(view->proxy()), descending);
        header->setSortIndicator(RemoteTagsModel::TagColumn, Qt::AscendingOrder);
        QCOMPARE(view->proxy()->sortColumn(), -1);
        QCOMPARE(proxyTags(view->proxy()), expected);

        // The filter keeps the tags that hold its text.
        view->filter()->setText(QStringLiteral("t29"));
        QCOMPARE(view->proxy()->rowCount(), 10);
    }

    // A retag and a delete run as jobs on the repository shown: each lists its tags again.
    void aJobOnTheShownRepositoryRelistsIt()
    {
        const QString url =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("url"));
        BERTH_REQUIRE_SERVICE(url, "registry_open");
        const QString host =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        const QString repository = unique(QStringLiteral("src")) + QStringLiteral("/jobs");
        const auto seeded = RegistryTest::seed({QStringLiteral("image"), url, repository,
                                                QStringLiteral("v1"), QStringLiteral("4096")});
        QVERIFY(seeded);
        const QString digest = seeded->split(u' ').constFirst();
        QVERIFY(digest.startsWith(QStringLiteral("sha256:")));
        const QString shown = host + u'/' + repository;

        MainWindow window(windowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ended(&window, &MainWindow::remoteListingEnded);
        window.openReference(shown);
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 1, Patience);
        const RemoteTagsModel *model = window.remoteTagsView()->tagsModel();
        QCOMPARE(listedTags(model), QStringList{QStringLiteral("v1")});

        Jobs::JobSpec retag;
        retag.kind = Jobs::JobKind::RegistryRetag;
        retag.references = {shown + QStringLiteral(":v1"), shown + QStringLiteral(":v2")};
        window.jobQueue()->enqueue(retag);
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 2, Patience);
        QCOMPARE(listedTags(model), (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));

        Jobs::JobSpec removal;
        removal.kind = Jobs::JobKind::RegistryDelete;
        removal.references = {shown + u'@' + digest};
        window.jobQueue()->enqueue(removal);
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 3, Patience);
        QCOMPARE(listedTags(model), QStringList());
    }

    void indexOfPlatformsAndMissingTag()
    {
        const QString url =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("url"));
        BERTH_REQUIRE_SERVICE(url, "registry_open");
        const QString host =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        const QString repository = unique(QStringLiteral("src")) + QStringLiteral("/multi");
        QVERIFY(
            RegistryTest::seed({QStringLiteral("index"), url, repository, QStringLiteral("v1")}));
        MainWindow window(windowOptions());
        window.show();
        QSignalSpy ended(&window, &MainWindow::remoteListingEnded);
        window.openReference(host + u'/' + repository + QStringLiteral(":v1"));
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), Patience);
        const RemoteTagsModel *model = window.remoteTagsView()->tagsModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->hasDetails(0), Patience);
        QCOMPARE(model->index(0, RemoteTagsModel::PlatformsColumn).data().toString(),
                 QStringLiteral("linux/amd64, linux/arm64/v8"));
        QCOMPARE(model->index(0, RemoteTagsModel::MediaTypeColumn).data().toString(),
                 QStringLiteral("application/vnd.oci.image.index.v1+json"));
        QVERIFY(model->index(0, RemoteTagsModel::SizeColumn)
                    .data(RemoteTagsModel::RawRole)
                    .toLongLong() > 0);

        // A tag that is not there, asked for by name: said so in words.
        ended.clear();
        window.openReference(host + u'/' + repository + QStringLiteral(":1.0"));
        window.remoteTagsView()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), Patience);
        QCOMPARE(window.remoteTagsView()->statusText(),
                 QStringLiteral("no tag 1.0 in ") + host + u'/' + repository);
    }

    void tokenRegistryRefusalsShowInline_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("catalogWords");
        QTest::newRow("bob, pull only")
            << QStringLiteral("bob") << QStringLiteral("bob-secret-2")
            << QStringLiteral("refused user bob the list of repositories");
        QTest::newRow("wrong password")
            << QStringLiteral("alice") << QStringLiteral("not-her-password")
            << QStringLiteral("refused user alice: the password is wrong");
    }

    void tokenRegistryRefusalsShowInline()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, catalogWords);
        const QString host =
            TestEnv::readState(QStringLiteral("registry_token"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(host, "registry_token");
        MainWindow window(windowOptions());
        Credentials credentials;
        credentials.username = user;
        credentials.password = password;
        window.credentials()->saveForSession(host, credentials);
        window.show();
        QVERIFY(window.showSource(host));
        const SourcesModel *sources = window.sourcesTree()->sourcesModel();
        QTRY_VERIFY_WITH_TIMEOUT(!failureText(sources, host).isEmpty(), Patience);
        const QString text = failureText(sources, host);
        QVERIFY2(text.startsWith(host + QStringLiteral(" ")) && text.contains(catalogWords),
                 qPrintable(text));
        QVERIFY(!text.contains(password));
        QVERIFY(
            window.sourcesTree()->findChild<QPushButton *>(QStringLiteral("sourceRetryButton")));
    }
};

QTEST_MAIN(TestSourcesBrowser)
#include "tst_sourcesbrowser.moc"
