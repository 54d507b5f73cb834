// SPDX-License-Identifier: GPL-3.0-or-later
// The window's engine list, offscreen, with two real engines: the private dockerd (as
// DOCKER_HOST) and Podman (found at rootless Podman's socket path in XDG_RUNTIME_DIR).
// Both are listed with their kinds, in the list and in the Sources tree; choosing Podman in
// the tree re-targets the images view as the list does, is remembered for the next start,
// and a job then shows that it ran on Podman; choosing the dockerd in the list selects it in
// the tree.
#include "engine/engineendpoint.h"
#include "testenv.h"
#include "ui/enginechooser.h"
#include "ui/imagemodelroles.h"
#include "ui/jobhistorymodel.h"
#include "ui/jobsdock.h"
#include "ui/jobsmodel.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

bool lists(const LocalImagesModel *model, const QString &reference)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(ReferenceRole).toString() == reference)
            return true;
    }
    return false;
}

int entryFor(const EngineChooser *chooser, const QString &url)
{
    for (int i = 0; i < chooser->count(); ++i) {
        if (chooser->itemData(i, Qt::ToolTipRole).toString() == url)
            return i;
    }
    return -1;
}

} // namespace

class TestEngineChooser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsBothEnginesAndSwitches()
    {
        const QString dockerHost = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(dockerHost, "dockerd");
        const QString podmanHost =
            TestEnv::readState(QStringLiteral("podman"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(podmanHost, "podman");

        // Where rootless Podman keeps its socket, pointing at the fixture's.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        QVERIFY(!runtime.isEmpty());
        QVERIFY(QDir().mkpath(runtime + QStringLiteral("/podman")));
        const QString podmanSocket = runtime + QStringLiteral("/podman/podman.sock");
        QFile::remove(podmanSocket);
        QVERIFY(QFile::link(podmanHost.mid(7), podmanSocket));
        const QString podmanUrl = QStringLiteral("unix://") + podmanSocket;
        qputenv("DOCKER_HOST", dockerHost.toUtf8());

        QTemporaryDir work;
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(dockerHost);
        options.historyPath = work.filePath(QStringLiteral("jobs.json"));
        MainWindow window(options);
        EngineChooser *chooser = window.engineChooser();
        QVERIFY(chooser);
        QSignalSpy probed(chooser, &EngineChooser::probed);
        window.show();
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!probed.isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            lists(window.imagesModel(), QStringLiteral("berth-test/busybox:1.0")), 30000);

        const int docker = entryFor(chooser, dockerHost);
        const int podman = entryFor(chooser, podmanUrl);
        QVERIFY2(docker >= 0 && podman >= 0, "both engines are listed");
        QCOMPARE(chooser->currentIndex(), docker);
        QVERIFY2(chooser->itemText(docker).contains(QStringLiteral("Docker")),
                 qPrintable(chooser->itemText(docker)));
        QVERIFY2(chooser->itemText(podman).contains(QStringLiteral("Podman ")),
                 qPrintable(chooser->itemText(podman)));
        QVERIFY(chooser->itemText(podman).startsWith(QStringLiteral("podman-rootless")));

        // Both are in the Sources tree too, named as in the list, the engine shown selected.
        const SourcesModel *sources = window.sourcesTree()->sourcesModel();
        QTRY_VERIFY_WITH_TIMEOUT(sources->engineIndex(podmanUrl).isValid(), 30000);
        QCOMPARE(sources->engineIndex(podmanUrl).data().toString(), chooser->itemText(podman));
        QCOMPARE(sources->engineIndex(dockerHost).data().toString(), chooser->itemText(docker));
        QCOMPARE(window.sourcesTree()->currentIndex(), sources->engineIndex(dockerHost));

        // The user picks Podman in the tree: the list follows, and the view lists Podman's
        // images under Podman's names.
        window.sourcesTree()->setCurrentIndex(sources->engineIndex(podmanUrl));
        QCOMPARE(chooser->currentIndex(), entryFor(chooser, podmanUrl));
        QTRY_VERIFY_WITH_TIMEOUT(
            lists(window.imagesModel(), QStringLiteral("localhost/berth-test/busybox:1.0")), 30000);
        QVERIFY(!lists(window.imagesModel(), QStringLiteral("berth-test/web:1.0")));
        QVERIFY(window.windowTitle().contains(podmanUrl));
        const auto remembered = EngineChooser::remembered();
        QVERIFY(remembered);
        QCOMPARE(remembered->url(), podmanUrl);

        // A job started now runs on Podman, and the Jobs panel says so.
        Jobs::JobSpec save;
        save.kind = Jobs::JobKind::Save;
        save.endpoint = remembered.value();
        save.references = {QStringLiteral("localhost/berth-test/busybox:1.0")};
        save.filePath = work.filePath(QStringLiteral("busybox.tar"));
        const QString id = window.jobQueue()->enqueue(save);
        const JobsModel *jobs = window.jobsDock()->model();
        const auto cell = [&](int column) {
            return jobs->indexOfJob(id, column).data();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cell(JobsModel::StateColumn).toString(),
                                  Jobs::stateText(Jobs::JobState::Succeeded), 60000);
        QCOMPARE(cell(JobsModel::EngineColumn).toString(), podmanUrl);
        QCOMPARE(jobs->headerData(JobsModel::EngineColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Engine"));
        QVERIFY(QFileInfo(save.filePath).size() > 0);

        // Back to the dockerd in the list: the tree selects it.
        chooser->setCurrentIndex(entryFor(chooser, dockerHost));
        Q_EMIT chooser->activated(entryFor(chooser, dockerHost));
        QCOMPARE(window.sourcesTree()->currentIndex(), sources->engineIndex(dockerHost));
        QTRY_VERIFY_WITH_TIMEOUT(lists(window.imagesModel(), QStringLiteral("berth-test/web:1.0")),
                                 30000);

        // The History tab, and berthctl jobs, name it too.
        window.jobsDock()->showHistory();
        const QAbstractItemModel *history = window.jobsDock()->historyModel();
        QTRY_VERIFY_WITH_TIMEOUT(history->rowCount() > 0, 30000);
        QCOMPARE(history->index(history->rowCount() - 1, JobHistoryModel::EngineColumn)
                     .data()
                     .toString(),
                 podmanUrl);
    }
};

QTEST_MAIN(TestEngineChooser)
#include "tst_enginechooser.moc"
