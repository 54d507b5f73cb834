// SPDX-License-Identifier: GPL-3.0-or-later
// The local image actions of the window, offscreen, against the private dockerd and the open
// registry: Remove of several images (one a container uses: the confirmation names it, and
// its failure shows in the status bar), Prune Dangling (the figures before and after), Pull…
// of one platform of a two-platform index built here and that pull run again from the Jobs
// panel's History (the same platform), the Docker Hub push confirmation (asked once), and the
// name Save to File… suggests. Checked with /usr/bin/docker.
#include "base/humanformat.h"
#include "historyrunagain.h"
#include "jobs/jobqueue.h"
#include "randomimage.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/imagejobactions.h"
#include "ui/imagemodelroles.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"
#include "ui/pulldialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

const QString Busybox = QStringLiteral("berth-test/busybox:1.0");

QString unique(const QString &name)
{
    return name + QStringLiteral(":%1").arg(QCoreApplication::applicationPid());
}

bool dockerHas(const QString &reference)
{
    return TestPeers::run(QStringLiteral("/usr/bin/docker"),
                          {QStringLiteral("-H"), TestEnv::dockerHost(), QStringLiteral("image"),
                           QStringLiteral("inspect"), QStringLiteral("--format"),
                           QStringLiteral("{{.Id}}"), reference})
        .has_value();
}

QTableView *imagesView(const MainWindow &window)
{
    return window.findChild<QTableView *>(QStringLiteral("localImagesView"));
}

bool listed(const MainWindow &window, const QString &reference)
{
    const QAbstractItemModel *model = imagesView(window)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ReferenceRole).toString() == reference)
            return true;
    }
    return false;
}

void select(const MainWindow &window, const QStringList &references)
{
    QTableView *view = imagesView(window);
    view->clearSelection();
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (references.contains(model->index(row, 0).data(ReferenceRole).toString()))
            view->selectionModel()->select(model->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// The engine's image's architecture as docker reports it ("arm64"); empty when it has none.
QString architectureOf(const QString &reference)
{
    return TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"),
                              QStringLiteral("--format"), QStringLiteral("{{.Architecture}}"),
                              reference})
        .value_or(QString());
}

QMessageBox *shownBox(const MainWindow &window, const QString &name)
{
    auto *box = window.findChild<QMessageBox *>(name);
    return box && box->isVisible() ? box : nullptr;
}

// A blob of the open registry's repository, uploaded as a client does: POST for an upload
// session, then PUT of the whole blob with its digest.
bool putBlob(const QString &url, const QString &repository, const QString &file)
{
    const auto headers = TestPeers::run(
        QStringLiteral("curl"),
        {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-o"),
         QStringLiteral("/dev/null"), QStringLiteral("-D"), QStringLiteral("-"),
         url + QStringLiteral("/v2/") + repository + QStringLiteral("/blobs/uploads/")});
    if (!headers)
        return false;
    QString location;
    for (const QString &line : headers->split(u'\n')) {
        if (line.startsWith(QLatin1StringView("location:"), Qt::CaseInsensitive))
            location = line.mid(9).trimmed();
    }
    if (location.isEmpty())
        return false;
    if (location.startsWith(u'/'))
        location = url + location;
    location += (location.contains(u'?') ? u'&' : u'?') + QStringLiteral("digest=") +
                TestImages::sha256Of(file);
    return TestPeers::run(QStringLiteral("curl"),
                          {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("PUT"),
                           QStringLiteral("-H"),
                           QStringLiteral("Content-Type: application/octet-stream"),
                           QStringLiteral("--data-binary"), u'@' + file, location})
        .has_value();
}

bool putManifest(const QString &url, const QString &repository, const QString &reference,
                 const QString &mediaType, const QString &file)
{
    return TestPeers::run(QStringLiteral("curl"),
                          {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("PUT"),
                           QStringLiteral("-H"), QStringLiteral("Content-Type: ") + mediaType,
                           QStringLiteral("--data-binary"), u'@' + file,
                           url + QStringLiteral("/v2/") + repository +
                               QStringLiteral("/manifests/") + reference})
        .has_value();
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonObject &object)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.fileName();
}

QJsonObject descriptor(const QString &mediaType, const QString &file)
{
    return {{QStringLiteral("mediaType"), mediaType},
            {QStringLiteral("digest"), TestImages::sha256Of(file)},
            {QStringLiteral("size"), QFileInfo(file).size()}};
}

// An OCI index of two images, linux/amd64 and linux/arm64, one small layer each, written by
// hand and PUT with curl: no engine or tool makes it.
bool pushTwoPlatformIndex(const QString &url, const QString &repository, const QString &tag)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    if (!QDir().mkpath(source) ||
        !TestImages::writeRandomFile(source + QStringLiteral("/data.bin"), 4096))
        return false;
    const QString tar = dir.filePath(QStringLiteral("layer.tar"));
    if (!TestPeers::run(QStringLiteral("tar"),
                        {QStringLiteral("-C"), source, QStringLiteral("--owner=0"),
                         QStringLiteral("--group=0"), QStringLiteral("-cf"), tar,
                         QStringLiteral("data.bin")}))
        return false;
    const QString diffId = TestImages::sha256Of(tar);
    if (!TestPeers::run(QStringLiteral("gzip"), {QStringLiteral("-kn"), tar}))
        return false;
    const QString layer = tar + QStringLiteral(".gz");
    if (!putBlob(url, repository, layer))
        return false;
    const QString layerType = QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
    const QString configType = QStringLiteral("application/vnd.oci.image.config.v1+json");
    const QString manifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    QJsonArray entries;
    for (const QString &arch : {QStringLiteral("amd64"), QStringLiteral("arm64")}) {
        const QString config =
            writeJson(dir, arch + QStringLiteral(".config.json"),
                      {{QStringLiteral("architecture"), arch},
                       {QStringLiteral("os"), QStringLiteral("linux")},
                       {QStringLiteral("config"), QJsonObject()},
                       {QStringLiteral("rootfs"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                    {QStringLiteral("diff_ids"), QJsonArray{diffId}}}}});
        if (config.isEmpty() || !putBlob(url, repository, config))
            return false;
        const QString manifest =
            writeJson(dir, arch + QStringLiteral(".manifest.json"),
                      {{QStringLiteral("schemaVersion"), 2},
                       {QStringLiteral("mediaType"), manifestType},
                       {QStringLiteral("config"), descriptor(configType, config)},
                       {QStringLiteral("layers"), QJsonArray{descriptor(layerType, layer)}}});
        if (manifest.isEmpty() ||
            !putManifest(url, repository, TestImages::sha256Of(manifest), manifestType, manifest))
            return false;
        QJsonObject entry = descriptor(manifestType, manifest);
        entry.insert(QStringLiteral("platform"),
                     QJsonObject{{QStringLiteral("os"), QStringLiteral("linux")},
                                 {QStringLiteral("architecture"), arch}});
        entries.append(entry);
    }
    const QString indexType = QStringLiteral("application/vnd.oci.image.index.v1+json");
    const QString index = writeJson(dir, QStringLiteral("index.json"),
                                    {{QStringLiteral("schemaVersion"), 2},
                                     {QStringLiteral("mediaType"), indexType},
                                     {QStringLiteral("manifests"), entries}});
    return !index.isEmpty() && putManifest(url, repository, tag, indexType, index);
}

} // namespace

class TestLocalActions final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;

    Jobs::JobQueue *jobs() const { return m_window->jobQueue(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        options.historyPath = m_home.filePath(QStringLiteral("jobs.json"));
        m_window = std::make_unique<MainWindow>(options);
        QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
        m_window->show();
        m_window->refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(listed(*m_window, Busybox));
    }

    void cleanupTestCase() { m_window.reset(); }

    void removeSeveralNamesTheContainerThatKeepsOne()
    {
        const QString a = unique(QStringLiteral("berth-test/rm-a"));
        const QString b = unique(QStringLiteral("berth-test/rm-b"));
        const QString used = unique(QStringLiteral("berth-test/rm-used"));
        const QString container =
            QStringLiteral("berth-rm-used-%1").arg(QCoreApplication::applicationPid());
        const auto cleanUp = qScopeGuard([&] {
            TestPeers::docker({QStringLiteral("rm"), QStringLiteral("-f"), container});
            TestPeers::docker({QStringLiteral("rmi"), a, b, used});
        });
        QVERIFY(TestPeers::docker({QStringLiteral("tag"), Busybox, a}));
        QVERIFY(TestPeers::docker({QStringLiteral("tag"), Busybox, b}));
        QVERIFY(TestImages::loadRandomImage(used, 1, 200000));
        QVERIFY(TestPeers::docker({QStringLiteral("create"), QStringLiteral("--name"), container,
                                   used, QStringLiteral("/none")}));
        QTRY_VERIFY_WITH_TIMEOUT(
            listed(*m_window, a) && listed(*m_window, b) && listed(*m_window, used), 30000);

        select(*m_window, {a, b, used});
        QAction *remove = m_window->findChild<QAction *>(QStringLiteral("removeImagesAction"));
        QVERIFY(remove && remove->isEnabled());
        QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
        // Delete in the Jobs panel is its own (cancel), not a removal.
        QSignalSpy removeTriggered(remove, &QAction::triggered);
        auto *jobsView = m_window->findChild<QWidget *>(QStringLiteral("jobsView"));
        QVERIFY(jobsView);
        m_window->activateWindow();
        jobsView->setFocus();
        QTest::keyClick(jobsView, Qt::Key_Delete);
        QCOMPARE(removeTriggered.size(), 0);
        // Delete in the table asks; the containers are read first, off the GUI thread.
        imagesView(*m_window)->setFocus();
        QTest::keyClick(imagesView(*m_window), Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QCOMPARE(removeTriggered.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = shownBox(*m_window, QStringLiteral("removeImagesConfirmation"))), 30000);
        const QString text = box->text();
        QVERIFY2(text.contains(a) && text.contains(b) && text.contains(used), qPrintable(text));
        QVERIFY2(text.contains(container + QStringLiteral(" (created)")), qPrintable(text));
        // The row of the image in use names the container; the others do not.
        const QString usedLine = text.section(used, 1).section(u'•', 0, 0);
        QVERIFY2(usedLine.contains(container), qPrintable(text));
        QVERIFY2(!text.section(a, 1).section(u'\n', 0, 0).contains(container), qPrintable(text));

        QSignalSpy finished(jobs(), &Jobs::JobQueue::jobFinished);
        box->findChild<QPushButton *>(QStringLiteral("removeImagesButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 60000);
        QVERIFY(!dockerHas(a));
        QVERIFY(!dockerHas(b));
        QVERIFY(dockerHas(used));
        // The refusal is said where the user looks, not in a modal box.
        const QString status = m_window->statusBar()->currentMessage();
        QVERIFY2(status.contains(used), qPrintable(status));
        QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("removeImagesConfirmation")) ||
                !shownBox(*m_window, QStringLiteral("removeImagesConfirmation")));
        QTRY_VERIFY_WITH_TIMEOUT(!listed(*m_window, a) && !listed(*m_window, b), 30000);
    }

    void pruneSaysWhatItFreesBeforeAndAfter()
    {
        const QString image = unique(QStringLiteral("berth-test/dangling"));
        const auto cleanUp = qScopeGuard([&] {
            TestPeers::docker({QStringLiteral("rmi"), image});
        });
        QVERIFY(TestImages::loadRandomImage(image, 1, 300000));
        const QString danglingId =
            TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"),
                               QStringLiteral("--format"), QStringLiteral("{{.Id}}"), image})
                .value_or(QString());
        QVERIFY(!danglingId.isEmpty());
        // Its tag moved away: the image is dangling.
        QVERIFY(TestPeers::docker({QStringLiteral("tag"), Busybox, image}));
        QTRY_VERIFY_WITH_TIMEOUT(listed(*m_window, danglingId), 30000);

        // What the engine holds as dangling now, by docker's own reckoning.
        const QStringList ids =
            TestPeers::docker({QStringLiteral("images"), QStringLiteral("-q"),
                               QStringLiteral("--no-trunc"), QStringLiteral("--filter"),
                               QStringLiteral("dangling=true")})
                .value_or(QString())
                .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(ids.contains(danglingId));
        qint64 expected = 0;
        for (const QString &id : QSet<QString>(ids.cbegin(), ids.cend()))
            expected +=
                TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"),
                                   QStringLiteral("--format"), QStringLiteral("{{.Size}}"), id})
                    .value_or(QStringLiteral("0"))
                    .toLongLong();
        QVERIFY(expected >= 300000);

        m_window->findChild<QAction *>(QStringLiteral("pruneImagesAction"))->trigger();
        QMessageBox *box = shownBox(*m_window, QStringLiteral("pruneConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(HumanFormat::size(expected)), qPrintable(box->text()));
        QSignalSpy finished(jobs(), &Jobs::JobQueue::jobFinished);
        box->findChild<QPushButton *>(QStringLiteral("pruneButton"))->click();
        QVERIFY(finished.wait(60000));
        const auto job = finished.first().first().value<Jobs::JobRecord>();
        QCOMPARE(job.spec.kind, Jobs::JobKind::ImagePrune);
        QCOMPARE(job.state, Jobs::JobState::Succeeded);
        QVERIFY2(job.output.contains(danglingId), qPrintable(job.output.join(u' ')));
        QVERIFY(job.progress.bytesDone >= 300000);
        QVERIFY(!dockerHas(danglingId));
        const QString status = m_window->statusBar()->currentMessage();
        QVERIFY2(status.contains(HumanFormat::size(job.progress.bytesDone)), qPrintable(status));
    }

    void pullOffersTheIndexPlatformsAndPullsTheOneChosen()
    {
        const QString url =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("url"));
        const QString host =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(url, "registry_open");
        const QString repository =
            QStringLiteral("local-actions/multi-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(pushTwoPlatformIndex(url, repository, QStringLiteral("1")));
        const QString reference = host + u'/' + repository + QStringLiteral(":1");
        const auto cleanUp = qScopeGuard([&] {
            TestPeers::docker({QStringLiteral("rmi"), reference});
        });

        m_window->findChild<QAction *>(QStringLiteral("pullImageAction"))->trigger();
        auto *dialog = m_window->findChild<PullDialog *>(QStringLiteral("pullDialog"));
        QVERIFY(dialog);
        QSignalSpy platformsLoaded(dialog, &PullDialog::platformsLoaded);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pullReference")),
                         reference);
        QVERIFY(platformsLoaded.wait(30000));
        auto *platforms = dialog->findChild<QComboBox *>(QStringLiteral("pullPlatform"));
        QCOMPARE(platforms->count(), 2);
        // The engine's own platform first, as docker reports it; the other is pulled.
        const QString own =
            TestPeers::docker({QStringLiteral("version"), QStringLiteral("--format"),
                               QStringLiteral("{{.Server.Os}}/{{.Server.Arch}}")})
                .value_or(QString());
        QVERIFY2(own == u"linux/amd64" || own == u"linux/arm64", qPrintable(own));
        const QString other =
            own == u"linux/amd64" ? QStringLiteral("linux/arm64") : QStringLiteral("linux/amd64");
        QCOMPARE(platforms->itemData(0).toString(), own);
        QVERIFY2(platforms->itemText(0).contains(QStringLiteral("engine")),
                 qPrintable(platforms->itemText(0)));
        QCOMPARE(platforms->itemData(1).toString(), other);
        platforms->setCurrentIndex(1);

        QSignalSpy finished(jobs(), &Jobs::JobQueue::jobFinished);
        dialog->accept();
        QVERIFY(finished.wait(120000));
        const auto job = finished.first().first().value<Jobs::JobRecord>();
        QCOMPARE(job.spec.platform, other);
        QVERIFY2(job.state == Jobs::JobState::Succeeded,
                 qPrintable(job.error ? job.error->message() : QString()));
        QCOMPARE(architectureOf(reference), other.section(u'/', 1));

        // The same tag pulled from the repository's tags (context menu and Image menu).
        m_window->openReference(reference);
        auto *pullTag = m_window->findChild<QAction *>(QStringLiteral("pullTagsAction"));
        QVERIFY(pullTag);
        QTRY_VERIFY_WITH_TIMEOUT(pullTag->isEnabled(), 30000);
        QSignalSpy added(jobs(), &Jobs::JobQueue::jobAdded);
        QSignalSpy pulled(jobs(), &Jobs::JobQueue::jobFinished);
        pullTag->trigger();
        QCOMPARE(added.size(), 1);
        const auto tagJob = added.first().first().value<Jobs::JobRecord>();
        QCOMPARE(tagJob.spec.kind, Jobs::JobKind::Pull);
        QCOMPARE(tagJob.spec.references, QStringList{reference});
        QVERIFY(pulled.wait(120000));
        // Without a platform the engine takes its own: the tag names the engine's image again.
        QVERIFY2(pulled.last().first().value<Jobs::JobRecord>().state == Jobs::JobState::Succeeded,
                 "the tag's pull failed");
        QCOMPARE(architectureOf(reference), own.section(u'/', 1));

        // The first pull run again from Jobs ▸ History: the history kept its platform, the
        // job sends it again and the tag names that platform's image once more.
        QSignalSpy rerunAdded(jobs(), &Jobs::JobQueue::jobAdded);
        QSignalSpy rerunFinished(jobs(), &Jobs::JobQueue::jobFinished);
        const QString title = TestUi::runAgainFromHistory(m_window->jobsDock(), job.id, 30000);
        QVERIFY(!title.isEmpty());
        QCOMPARE(rerunAdded.size(), 1);
        const auto rerun = rerunAdded.first().first().value<Jobs::JobRecord>();
        QCOMPARE(rerun.spec.kind, Jobs::JobKind::Pull);
        QCOMPARE(rerun.spec.references, QStringList{reference});
        QVERIFY(rerunFinished.wait(120000));
        const auto rerunEnd = rerunFinished.last().first().value<Jobs::JobRecord>();
        QCOMPARE(rerunEnd.id, rerun.id);
        QVERIFY2(rerunEnd.state == Jobs::JobState::Succeeded,
                 qPrintable(rerunEnd.error ? rerunEnd.error->message() : QString()));
        QCOMPARE(architectureOf(reference), other.section(u'/', 1));
        QCOMPARE(rerun.spec.platform, other);
        QVERIFY2(title.contains(other), qPrintable(title));
        QVERIFY(m_window->showSource(QStringLiteral("local")));
    }

    void pushToDockerHubIsConfirmedOnce()
    {
        const QString image = unique(QStringLiteral("berth-test-local/hub-push"));
        const auto cleanUp = qScopeGuard([&] {
            TestPeers::docker({QStringLiteral("rmi"), image});
        });
        QVERIFY(TestPeers::docker({QStringLiteral("tag"), Busybox, image}));
        QTRY_VERIFY_WITH_TIMEOUT(listed(*m_window, image), 30000);
        select(*m_window, {image});
        QSignalSpy added(jobs(), &Jobs::JobQueue::jobAdded);
        // Nothing goes to Docker Hub in this test: each push is cancelled as it is queued.
        const auto cancelling =
            connect(jobs(), &Jobs::JobQueue::jobAdded, this,
                    [this](const Jobs::JobRecord &job) { jobs()->cancel(job.id); });
        const auto stopCancelling = qScopeGuard([cancelling] { disconnect(cancelling); });
        // Asked the first time: the window's settings may hold an earlier run's answer.
        QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Berth"),
                  QStringLiteral("window"))
            .remove(QStringLiteral("confirm/pushToDockerHub"));
        QAction *push = m_window->findChild<QAction *>(QStringLiteral("pushImageAction"));

        push->trigger();
        QMessageBox *box = shownBox(*m_window, QStringLiteral("pushToDockerHubConfirmation"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(image) && box->text().contains(QStringLiteral("Docker Hub")),
                 qPrintable(box->text()));
        QCOMPARE(added.size(), 0); // nothing queued before the answer
        QVERIFY(box->findChild<QCheckBox *>(QStringLiteral("pushToDockerHubDontAsk"))->isChecked());
        box->findChild<QPushButton *>(QStringLiteral("pushToDockerHubButton"))->click();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<Jobs::JobRecord>().spec.references,
                 QStringList{image});
        QTRY_VERIFY(!shownBox(*m_window, QStringLiteral("pushToDockerHubConfirmation")));

        // The second time: no question, the job at once.
        push->trigger();
        QCOMPARE(added.size(), 2);
        QVERIFY(!shownBox(*m_window, QStringLiteral("pushToDockerHubConfirmation")));
    }

    void saveSuggestsANameAndRemembersTheFolder()
    {
        QCOMPARE(ImageJobActions::suggestedArchiveName(QStringLiteral("alpine:3.19")),
                 QStringLiteral("alpine_3.19.tar"));
        QCOMPARE(ImageJobActions::suggestedArchiveName(QStringLiteral("127.0.0.1:5000/team/app:1")),
                 QStringLiteral("app_1.tar"));
        select(*m_window, {Busybox});
        m_window->findChild<QAction *>(QStringLiteral("saveImagesAction"))->trigger();
        auto *dialog = m_window->findChild<QFileDialog *>(QStringLiteral("saveImagesDialog"));
        QVERIFY(dialog);
        QVERIFY2(dialog->selectedFiles().value(0).endsWith(QStringLiteral("/busybox_1.0.tar")),
                 qPrintable(dialog->selectedFiles().join(u' ')));
        QTemporaryDir folder;
        QSignalSpy added(jobs(), &Jobs::JobQueue::jobAdded);
        QSignalSpy finished(jobs(), &Jobs::JobQueue::jobFinished);
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        Q_EMIT dialog->fileSelected(folder.filePath(QStringLiteral("busybox_1.0.tar")));
        dialog->close();
        QCOMPARE(added.size(), 1);
        QVERIFY(!finished.isEmpty() || finished.wait(60000));
        QCOMPARE(finished.first().first().value<Jobs::JobRecord>().state,
                 Jobs::JobState::Succeeded);
        // The next file dialog opens where the last archive went.
        m_window->findChild<QAction *>(QStringLiteral("loadImagesAction"))->trigger();
        auto *load = m_window->findChild<QFileDialog *>(QStringLiteral("loadImagesDialog"));
        QVERIFY(load);
        QCOMPARE(QDir(load->directory()).canonicalPath(), QDir(folder.path()).canonicalPath());
        load->close();
    }
};

QTEST_MAIN(TestLocalActions)
#include "tst_localactions.moc"
