// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources tree's Docker Hub node, offscreen, against the Docker Hub stand-in and the
// private dockerd, signed in with a Docker Hub login in Docker's config: Ctrl+Shift+H
// selects the node and focuses its search; a search shows the stand-in's repositories with
// the official and verified publisher badges; Enter opens one in the center, whose tags (sizes,
// platforms) are the registry's (skopeo); a tag chosen shows in the Details pane, read from the
// registry; the pull limit is said in words in the status bar; Pull pulls the tag into the engine
// (docker lists it); Copy copies it to another registry (skopeo lists it there); My Repositories
// lists alice's and her organization's; Delete Tag asks, then deletes through Hub's API
// (skopeo no longer lists it). Copy to the TLS registry of tests/env fails, in words,
// without its CA file in Settings ▸ Registries and succeeds with it (curl lists the tag).
#include "jobs/jobqueue.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/detailspane.h"
#include "ui/hubpanel.h"
#include "ui/hubsearchmodel.h"
#include "ui/hubsearchwidget.h"
#include "ui/hubtagsmodel.h"
#include "ui/mainwindow.h"
#include "ui/registrysettings.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"

#include <QAction>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

class TestHubPanel final : public QObject
{
    Q_OBJECT

private:
    QString m_registry; // the stand-in's registry, host:port
    QString m_directRegistry;
    QString m_pulled;

    bool seed(const QStringList &args)
    {
        return TestPeers::run(QStringLiteral("bash"),
                              QStringList{qEnvironmentVariable("BERTH_SOURCE_DIR") +
                                          QStringLiteral("/tests/integration/registry/seed.sh")} +
                                  args)
            .has_value();
    }

    QStringList skopeoTags(const QString &repository)
    {
        const auto listed =
            TestPeers::run(QStringLiteral("skopeo"),
                           {QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"),
                            QStringLiteral("docker://") + m_directRegistry + u'/' + repository});
        QStringList tags;
        if (listed) {
            for (const QJsonValue &tag :
                 QJsonDocument::fromJson(listed->toUtf8()).object().value(u"Tags").toArray())
                tags.append(tag.toString());
        }
        tags.sort();
        return tags;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        const QString hub = TestEnv::readState(QStringLiteral("hub"), QStringLiteral("hub_url"));
        BERTH_REQUIRE_SERVICE(hub, "hub");
        m_registry = TestEnv::readState(QStringLiteral("hub"), QStringLiteral("hub_host"));
        m_directRegistry = TestEnv::readState(QStringLiteral("hub"), QStringLiteral("host"));
        qputenv("BERTH_HUB_URL", hub.toUtf8());
        qputenv("BERTH_HUB_REGISTRY", m_registry.toUtf8());
        const QString url = TestEnv::readState(QStringLiteral("hub"), QStringLiteral("url"));
        QVERIFY(seed({QStringLiteral("image"), url, QStringLiteral("alice/uihub-app"),
                      QStringLiteral("1.0"), QStringLiteral("3000")}));
        QVERIFY(seed({QStringLiteral("image"), url, QStringLiteral("alice/uihub-app"),
                      QStringLiteral("old"), QStringLiteral("1000")}));
        QVERIFY(seed({QStringLiteral("index"), url, QStringLiteral("team/uihub-multi"),
                      QStringLiteral("2.0")}));
        QVERIFY(seed({QStringLiteral("image"), url, QStringLiteral("library/uihub-base"),
                      QStringLiteral("latest"), QStringLiteral("1000")}));
        // Docker's own login entry for Docker Hub: alice's personal access token.
        QFile users(TestEnv::envDir() + QStringLiteral("/hub/hub/users.json"));
        QVERIFY(users.open(QIODevice::ReadOnly));
        const QString token = QJsonDocument::fromJson(users.readAll())
                                  .object()
                                  .value(u"alice")
                                  .toObject()
                                  .value(u"tokens")
                                  .toArray()
                                  .first()
                                  .toString();
        QFile config(qEnvironmentVariable("DOCKER_CONFIG") + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QByteArray auth = (QStringLiteral("alice:") + token).toUtf8().toBase64();
        config.write("{\"auths\": {\"https://index.docker.io/v1/\": {\"auth\": \"" + auth +
                     "\"}}}\n");
    }

    void cleanupTestCase()
    {
        if (!m_pulled.isEmpty())
            TestPeers::docker({QStringLiteral("rmi"), m_pulled});
    }

    // The badges and counts as Hub's pages show them, whatever the stand-in sends.
    void badgesAndCounts()
    {
        HubSearchModel model;
        Hub::HubSearchResult verified;
        verified.name = QStringLiteral("bitnami/redis");
        verified.verified = true;
        verified.stars = 45678;
        verified.pulls = Q_INT64_C(7000000000);
        Hub::HubSearchResult both = verified;
        both.official = true;
        both.stars = 987;
        both.pulls = 1500000;
        model.setResults({verified, both});
        QCOMPARE(model.index(0, HubSearchModel::BadgesColumn).data().toString(),
                 QStringLiteral("Verified"));
        QCOMPARE(model.index(1, HubSearchModel::BadgesColumn).data().toString(),
                 QStringLiteral("Official, Verified"));
        QCOMPARE(model.index(0, HubSearchModel::StarsColumn).data().toString(),
                 QStringLiteral("45K"));
        QCOMPARE(model.index(0, HubSearchModel::PullsColumn).data().toString(),
                 QStringLiteral("7.0B"));
        QCOMPARE(model.index(1, HubSearchModel::StarsColumn).data().toString(),
                 QStringLiteral("987"));
        QCOMPARE(model.index(1, HubSearchModel::PullsColumn).data().toString(),
                 QStringLiteral("1.5M"));
        QCOMPARE(model.index(0, 0).data(HubSearchModel::RepositoryRole).toString(),
                 QStringLiteral("bitnami/redis"));
    }

    void searchOpenPullDelete()
    {
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        MainWindow window(options);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Nothing of Hub is made (nor the login looked up) before Docker Hub is chosen.
        QVERIFY(!window.hubPanel());
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        HubPanel *hub = window.hubPanel();
        QVERIFY(hub);
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centerStack"))->currentWidget(),
                 hub);
        QCOMPARE(QModelIndex(window.sourcesTree()->currentIndex()),
                 window.sourcesTree()->sourcesModel()->registryIndex(QStringLiteral("docker.io")));
        QVERIFY(hub->isVisible());
        QTRY_VERIFY(hub->searchWidget()->field()->hasFocus());

        // Search: Enter in the field; the official image first, with its badge.
        HubSearchWidget *search = hub->searchWidget();
        QSignalSpy searched(search, &HubSearchWidget::searchFinished);
        search->field()->setText(QStringLiteral("uihub"));
        QTest::keyClick(search->field(), Qt::Key_Return);
        QVERIFY(searched.wait(30000));
        HubSearchModel *results = search->model();
        QCOMPARE(results->rowCount(), 3);
        QCOMPARE(results->index(0, HubSearchModel::NameColumn).data().toString(),
                 QStringLiteral("uihub-base"));
        QCOMPARE(results->index(0, HubSearchModel::BadgesColumn).data().toString(),
                 QStringLiteral("Official"));
        QVERIFY(!results->index(1, HubSearchModel::StarsColumn).data().toString().isEmpty());

        // Enter on a result opens it: the tags of the registry, sizes and platforms.
        int multiRow = -1;
        for (int row = 0; row < results->rowCount(); ++row) {
            if (results->index(row, 0).data().toString() == u"team/uihub-multi")
                multiRow = row;
        }
        QVERIFY(multiRow >= 0);
        // team is a verified publisher in the stand-in's publishers.json.
        QCOMPARE(results->index(multiRow, HubSearchModel::BadgesColumn).data().toString(),
                 QStringLiteral("Verified"));
        QSignalSpy loaded(hub, &HubPanel::tagsLoaded);
        QSignalSpy limited(hub, &HubPanel::rateLimitShown);
        search->resultsView()->setFocus();
        search->resultsView()->setCurrentIndex(results->index(multiRow, 0));
        QTest::keyClick(search->resultsView(), Qt::Key_Return);
        QVERIFY(loaded.wait(30000));
        HubTagsModel *tags = hub->tagsModel();
        QCOMPARE(tags->repository(), QStringLiteral("team/uihub-multi"));
        QCOMPARE(tags->rowCount(), 1);
        QCOMPARE(tags->index(0, HubTagsModel::PlatformsColumn).data().toString(),
                 QStringLiteral("linux/amd64, linux/arm64/v8"));
        QVERIFY(!tags->index(0, HubTagsModel::SizeColumn).data().toString().isEmpty());
        QVERIFY(limited.count() > 0 || limited.wait(30000));
        QVERIFY2(hub->rateLimitLabel()->text().startsWith(QLatin1String("Pull limit: ")) &&
                     hub->rateLimitLabel()->text().contains(QLatin1String("pulls left per")),
                 qPrintable(hub->rateLimitLabel()->text()));
        // The same words in the main window's status bar, while Docker Hub is shown.
        auto *status = window.findChild<QLabel *>(QStringLiteral("hubRateLimitStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), hub->rateLimitLabel()->text());
        QVERIFY(status->isVisible());

        // The tag chosen: the Details pane reads its index from the registry.
        DetailsPane *details = window.detailsPane();
        QSignalSpy detailed(details, &DetailsPane::loaded);
        hub->tagsView()->clearSelection();
        hub->tagsView()->selectRow(0);
        QVERIFY(detailed.wait(30000));
        QCOMPARE(details->subject(), m_registry + QStringLiteral("/team/uihub-multi:2.0"));
        QCOMPARE(details->details().kind, ImageDetails::Kind::RemoteIndex);
        QCOMPARE(details->details().digest,
                 tags->index(0, HubTagsModel::DigestColumn).data().toString());
        QCOMPARE(details->details().platforms.size(), 2);

        // My Repositories: alice's and her organization's.
        QListWidget *mine = hub->myRepositories();
        QTRY_VERIFY_WITH_TIMEOUT(
            !mine->findItems(QStringLiteral("team/uihub-multi"), Qt::MatchExactly).isEmpty(),
            30000);
        QVERIFY(!mine->findItems(QStringLiteral("alice/uihub-app"), Qt::MatchExactly).isEmpty());

        // Open alice/uihub-app from My Repositories and pull its 1.0 into the engine.
        loaded.clear();
        Q_EMIT mine->itemActivated(
            mine->findItems(QStringLiteral("alice/uihub-app"), Qt::MatchExactly).first());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(tags->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < tags->rowCount(); ++row)
            names.append(tags->index(row, HubTagsModel::TagColumn).data().toString());
        names.sort();
        QCOMPARE(names, skopeoTags(QStringLiteral("alice/uihub-app")));
        const int oneRow = tags->index(0, 0).data().toString() == u"1.0" ? 0 : 1;
        hub->tagsView()->selectRow(oneRow);
        auto *queue = window.findChild<Jobs::JobQueue *>();
        QVERIFY(queue);
        QSignalSpy finished(queue, &Jobs::JobQueue::jobFinished);
        QVERIFY(hub->pullButton()->isEnabled());
        hub->pullButton()->click();
        QVERIFY(finished.wait(120000));
        auto record = finished.last().first().value<Jobs::JobRecord>();
        QVERIFY2(record.state == Jobs::JobState::Succeeded,
                 qPrintable(record.error ? record.error->message() : QString()));
        m_pulled = m_registry + QStringLiteral("/alice/uihub-app:1.0");
        QVERIFY(TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"), m_pulled}));

        // Copy: to the reference typed, as a RegistryCopy job; skopeo finds it there.
        QVERIFY(hub->copyButton()->isEnabled());
        hub->copyButton()->click();
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = hub->findChild<QInputDialog *>(QStringLiteral("hubCopyDestination"))));
        QCOMPARE(ask->textValue(), m_pulled);
        finished.clear();
        ask->setTextValue(m_directRegistry + QStringLiteral("/copies/uihub-app:copied"));
        ask->accept();
        QVERIFY(finished.wait(120000));
        record = finished.last().first().value<Jobs::JobRecord>();
        QCOMPARE(record.spec.kind, Jobs::JobKind::RegistryCopy);
        QVERIFY2(record.state == Jobs::JobState::Succeeded,
                 qPrintable(record.error ? record.error->message() : QString()));
        QCOMPARE(skopeoTags(QStringLiteral("copies/uihub-app")),
                 QStringList{QStringLiteral("copied")});

        // Delete Tag: asked first; Cancel deletes nothing, Delete runs the job.
        const int deleteRow = 1 - oneRow;
        QCOMPARE(tags->index(deleteRow, 0).data().toString(), QStringLiteral("old"));
        hub->tagsView()->selectRow(deleteRow);
        QVERIFY(hub->deleteButton()->isEnabled());
        hub->deleteButton()->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = hub->findChild<QMessageBox *>(QStringLiteral("hubDeleteConfirmation"))));
        QVERIFY(box->text().contains(QLatin1String("alice/uihub-app:old")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!hub->findChild<QMessageBox *>(QStringLiteral("hubDeleteConfirmation")));
        QCOMPARE(skopeoTags(QStringLiteral("alice/uihub-app")),
                 QStringList({QStringLiteral("1.0"), QStringLiteral("old")}));
        hub->deleteButton()->click();
        QTRY_VERIFY((box = hub->findChild<QMessageBox *>(QStringLiteral("hubDeleteConfirmation"))));
        loaded.clear();
        finished.clear();
        box->findChild<QPushButton *>(QStringLiteral("hubDeleteConfirm"))->click();
        QVERIFY(finished.wait(60000));
        record = finished.last().first().value<Jobs::JobRecord>();
        QCOMPARE(record.spec.kind, Jobs::JobKind::HubDeleteTag);
        QVERIFY2(record.state == Jobs::JobState::Succeeded,
                 qPrintable(record.error ? record.error->message() : QString()));
        // The tags are read again once the job is done.
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        QCOMPARE(tags->rowCount(), 1);
        QCOMPARE(skopeoTags(QStringLiteral("alice/uihub-app")), QStringList{QStringLiteral("1.0")});

        // A Docker Hub reference opened by name (Ctrl+L, --show): its tags from Hub's API in
        // the panel, the tag named selected and in the Details pane.
        loaded.clear();
        detailed.clear();
        window.openReference(QStringLiteral("docker.io/alice/uihub-app:1.0"));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centerStack"))->currentWidget(),
                 hub);
        QCOMPARE(tags->repository(), QStringLiteral("alice/uihub-app"));
        QCOMPARE(hub->tagsView()->selectionModel()->selectedRows().value(0).data().toString(),
                 QStringLiteral("1.0"));
        const QString digest = hub->tagsView()
                                   ->selectionModel()
                                   ->selectedRows(HubTagsModel::DigestColumn)
                                   .value(0)
                                   .data()
                                   .toString();
        QVERIFY(digest.startsWith(QLatin1String("sha256:")));
        QTRY_VERIFY_WITH_TIMEOUT(
            details->subject() == m_pulled && details->details().digest == digest, 30000);
        QCOMPARE(details->details().kind, ImageDetails::Kind::RemoteImage);

        // Back to the engine: the center shows the local images, the limit leaves the status bar.
        window.sourcesTree()->selectEngine();
        QVERIFY(!hub->isVisible());
        QVERIFY(!status->isVisible());
        // And back to Docker Hub: its tag in the Details pane again, the limit in the status bar.
        details->clear();
        QVERIFY(details->subject().isEmpty());
        window.sourcesTree()->selectHub();
        QVERIFY(hub->isVisible());
        QVERIFY(status->isVisible());
        QCOMPARE(details->subject(), m_pulled);

        // Recently opened, newest first, also in the next window.
        auto recentOf = [](const QListWidget *list) {
            QStringList shown;
            for (int row = 0; row < list->count(); ++row)
                shown.append(list->item(row)->text());
            return shown;
        };
        const QStringList opened{QStringLiteral("alice/uihub-app"),
                                 QStringLiteral("team/uihub-multi")};
        QCOMPARE(recentOf(hub->recentRepositories()), opened);
        HubPanel again(queue, nullptr);
        QCOMPARE(recentOf(again.recentRepositories()), opened);
    }

    // Copy To… of a Docker Hub tag to a registry whose certificate only its own CA file
    // vouches for: the destination's settings (Settings ▸ Registries) go with the job, as
    // with a copy from a repository's tags.
    void copyToTlsRegistryUsesItsSettings()
    {
        const QString tlsHost =
            TestEnv::readState(QStringLiteral("registry_tls"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(tlsHost, "registry_tls");
        const QString tlsUrl =
            TestEnv::readState(QStringLiteral("registry_tls"), QStringLiteral("url"));
        const QString caFile = TestEnv::envDir() + QStringLiteral("/registry_tls/pki/ca.crt");
        const QString url = TestEnv::readState(QStringLiteral("hub"), QStringLiteral("url"));
        QVERIFY(seed({QStringLiteral("image"), url, QStringLiteral("alice/uihub-tls"),
                      QStringLiteral("1.0"), QStringLiteral("2000")}));
        const QString repository =
            QStringLiteral("hubcopy%1/app").arg(QCoreApplication::applicationPid());
        const QString destination = tlsHost + u'/' + repository + QStringLiteral(":copied");

        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        MainWindow window(options);
        window.show();
        window.sourcesTree()->selectHub();
        HubPanel *hub = window.hubPanel();
        QVERIFY(hub);
        QSignalSpy loaded(hub, &HubPanel::tagsLoaded);
        hub->openRepository(QStringLiteral("alice/uihub-tls"), QStringLiteral("1.0"));
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY(hub->copyButton()->isEnabled());
        Jobs::JobQueue *queue = window.jobQueue();
        const auto copy = [&]() -> std::optional<Jobs::JobRecord> {
            QSignalSpy finished(queue, &Jobs::JobQueue::jobFinished);
            hub->copyButton()->click();
            QInputDialog *ask = nullptr;
            if (!QTest::qWaitFor(
                    [&] {
                        // The last copy's dialog may not be deleted yet: the one shown.
                        for (auto *shown : hub->findChildren<QInputDialog *>(
                                 QStringLiteral("hubCopyDestination"))) {
                            if (shown->isVisible())
                                ask = shown;
                        }
                        return ask != nullptr;
                    },
                    30000))
                return std::nullopt;
            ask->setTextValue(destination);
            ask->accept();
            if (!finished.wait(120000))
                return std::nullopt;
            return finished.last().first().value<Jobs::JobRecord>();
        };
        const auto tagsThere = [&] {
            return TestPeers::run(QStringLiteral("curl"),
                                  {QStringLiteral("-s"), QStringLiteral("--cacert"), caFile,
                                   tlsUrl + QStringLiteral("/v2/") + repository +
                                       QStringLiteral("/tags/list")})
                .value_or(QString());
        };

        // Without the CA file: the copy fails and says why.
        window.registrySettings()->set({});
        auto record = copy();
        QVERIFY(record);
        QCOMPARE(record->spec.kind, Jobs::JobKind::RegistryCopy);
        QCOMPARE(record->state, Jobs::JobState::Failed);
        QVERIFY(record->error);
        const QString error = record->error->message();
        QVERIFY2(error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(error));
        QVERIFY2(!tagsThere().contains(QStringLiteral("copied")), qPrintable(tagsThere()));

        // With the CA file for the TLS registry: the same copy succeeds.
        RegistrySetting tls;
        tls.host = tlsHost;
        tls.caFile = caFile;
        window.registrySettings()->set({tls});
        record = copy();
        QVERIFY(record);
        QVERIFY2(record->state == Jobs::JobState::Succeeded,
                 qPrintable(record->error ? record->error->message() : QString()));
        QCOMPARE(record->spec.destinationRegistry.caFile, caFile);
        QVERIFY2(tagsThere().contains(QStringLiteral("\"copied\"")), qPrintable(tagsThere()));
    }

    // Sources ▸ Docker Hub: My Repositories appears once the stored login is found (looked
    // up when Docker Hub is chosen, not at start) and lists, when first expanded, alice's and
    // her organization's repositories, read on the browsing thread; choosing one opens its
    // tags in the Hub panel. Recent lists the repositories opened, newest first; choosing
    // one opens it too, and its row moves first without losing the selection.
    void sourcesTreeFolders()
    {
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        MainWindow window(options);
        window.show();
        SourcesTree *tree = window.sourcesTree();
        SourcesModel *model = tree->sourcesModel();
        using Folder = SourcesModel::HubFolder;
        QVERIFY(!model->hubFolderIndex(Folder::Mine).isValid());
        const QPersistentModelIndex recent = model->hubFolderIndex(Folder::Recent);
        QVERIFY(recent.isValid());
        tree->selectHub();
        QTRY_VERIFY_WITH_TIMEOUT(model->hubFolderIndex(Folder::Mine).isValid(), 30000);
        const QPersistentModelIndex mine = model->hubFolderIndex(Folder::Mine);
        // As a person opens it: the folder shows it can open, and the Right key opens it.
        tree->expand(model->registryIndex(QStringLiteral("docker.io")));
        tree->setCurrentIndex(mine);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(mine));
        const auto rowOf = [model](const QModelIndex &parent, const QString &repository) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (index.data(SourcesModel::RepositoryRole).toString() == repository)
                    return index;
            }
            return QModelIndex();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(mine, QStringLiteral("team/uihub-multi")).isValid() &&
                SourcesModel::kindOf(model->index(model->rowCount(mine) - 1, 0, mine)) ==
                    SourcesModel::Kind::Repository,
            30000);
        QVERIFY(rowOf(mine, QStringLiteral("alice/uihub-app")).isValid());
        // Only what alice can see: no other namespace's repositories.
        for (int row = 0; row < model->rowCount(mine); ++row) {
            const QString path =
                model->index(row, 0, mine).data(SourcesModel::RepositoryRole).toString();
            QVERIFY2(path.startsWith(u"alice/") || path.startsWith(u"team/"), qPrintable(path));
        }

        HubPanel *hub = window.hubPanel();
        QVERIFY(hub);
        QSignalSpy loaded(hub, &HubPanel::tagsLoaded);
        tree->setCurrentIndex(rowOf(mine, QStringLiteral("team/uihub-multi")));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(hub->tagsModel()->repository(), QStringLiteral("team/uihub-multi"));
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centerStack"))->currentWidget(),
                 hub);
        QCOMPARE(model->index(0, 0, recent).data(SourcesModel::RepositoryRole).toString(),
                 QStringLiteral("team/uihub-multi"));

        // Recent: alice/uihub-app, opened before, is second; chosen, it opens and moves first.
        const QModelIndex app = rowOf(recent, QStringLiteral("alice/uihub-app"));
        QVERIFY(app.isValid());
        QVERIFY(app.row() > 0);
        loaded.clear();
        tree->setCurrentIndex(app);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(hub->tagsModel()->repository(), QStringLiteral("alice/uihub-app"));
        QCOMPARE(model->index(0, 0, recent).data(SourcesModel::RepositoryRole).toString(),
                 QStringLiteral("alice/uihub-app"));
        QCOMPARE(tree->currentIndex().parent(), QModelIndex(recent));
        QCOMPARE(tree->currentIndex().row(), 0);
        QCOMPARE(hub->tagsModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestHubPanel)
#include "tst_hubpanel.moc"
