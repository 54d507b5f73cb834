// SPDX-License-Identifier: GPL-3.0-or-later
// The Drift column of the local images and the Local column of a repository's tags, against
// the private dockerd and the open registry of tests/env, offscreen: a tag pulled from the
// registry is in sync; after skopeo puts another image under it (not through the engine)
// it stays so until F5, then is behind; Pull makes it in sync again without asking the
// registry again; a tag only tagged here is local only; a host that does not resolve is
// unknown, and a host that never answers holds up none of the others. Expected digests come
// from skopeo, RepoDigests from /usr/bin/docker.
#include "imageselection.h"
#include "jobs/jobqueue.h"
#include "registry/driftstate.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/driftmonitor.h"
#include "ui/drifttext.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"
#include "ui/registrybrowsing.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;
using Registry::DriftState;

namespace {

const QString Seeded = QStringLiteral("berth-test/busybox:1.0");

QString registryHost()
{
    return TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
}

QString repoDigests(const QString &reference)
{
    return TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"),
                              QStringLiteral("-f"), QStringLiteral("{{json .RepoDigests}}"),
                              reference})
        .value_or(QString());
}

QModelIndex driftIndex(MainWindow &window, const QString &reference)
{
    const LocalImagesModel *model = window.imagesModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ReferenceRole).toString() == reference)
            return model->index(row, LocalImagesModel::DriftColumn);
    }
    return {};
}

// The row's state as an int, -1 while it has none (not asked, or asked the first time).
int driftOf(MainWindow &window, const QString &reference)
{
    const QVariant state = driftIndex(window, reference).data(DriftRole);
    return state.isValid() ? state.toInt() : -1;
}

int remoteStateOf(const RemoteTagsModel *model, const QString &tag)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->tagAt(row) == tag) {
            const QVariant state =
                model->index(row, RemoteTagsModel::LocalColumn).data(RemoteTagsModel::DriftRole);
            return state.isValid() ? state.toInt() : -1;
        }
    }
    return -1;
}

// An image of random bytes put in the open registry with curl (seed.sh), never by the engine.
bool seedImage(const QString &repository, const QString &tag)
{
    return TestPeers::run(QStringLiteral("bash"),
                          {qEnvironmentVariable("BERTH_SOURCE_DIR") +
                               QStringLiteral("/tests/integration/registry/seed.sh"),
                           QStringLiteral("image"), QStringLiteral("http://") + registryHost(),
                           repository, tag, QStringLiteral("2048")})
        .has_value();
}

MainWindow::Options engineOptions()
{
    MainWindow::Options options;
    options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
    return options;
}

// Only this test's rows in the table: the other tests' tags are not asked about.
DriftMonitor *showOnlyThisTest(MainWindow &window)
{
    window.findChild<QLineEdit *>(QStringLiteral("imageFilter"))
        ->setText(QStringLiteral("driftui"));
    return window.driftMonitor();
}

// A registry that accepts connections and never answers a byte.
class SilentHost final
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    // Connections taken (and held open, unanswered) so far.
    int held()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            m_held.append(socket);
        return int(m_held.size());
    }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_held; // children of the server
};

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        BERTH_REQUIRE_SERVICE(registryHost(), "registry_open");
        const QString host = registryHost();
        m_app = host + QStringLiteral("/driftui/app:1");
        m_localOnly = host + QStringLiteral("/driftui/local-only:1");
        m_nowhere = QStringLiteral("nosuchhost.invalid:5000/driftui/a:1");
        QVERIFY(m_silent.listen());
        // Three: more than the two requests a registry may have at once.
        for (int i = 1; i <= 3; ++i)
            m_stalled.append(m_silent.host() + QStringLiteral("/driftui/stalled:%1").arg(i));
        // An image of its own in the registry (curl), pulled into the engine: RepoDigests set,
        // and no other image of the engine is given a digest of this test's repository.
        QVERIFY(seedImage(QStringLiteral("driftui/app"), QStringLiteral("1")));
        QVERIFY(TestPeers::docker({QStringLiteral("pull"), QStringLiteral("-q"), m_app}));
        QVERIFY(repoDigests(m_app).contains(TestPeers::skopeoDigest(m_app)));
        m_firstImage = TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"),
                                          QStringLiteral("-f"), QStringLiteral("{{.Id}}"), m_app})
                           .value_or(QString());
        // Registry names tagged here and never pushed.
        for (const QString &name : QStringList{m_localOnly, m_nowhere} + m_stalled)
            QVERIFY(TestPeers::docker({QStringLiteral("tag"), Seeded, name}));
    }

    void cleanupTestCase()
    {
        if (TestEnv::dockerHost().isEmpty() || registryHost().isEmpty())
            return;
        TestPeers::docker(QStringList{QStringLiteral("rmi"), m_app, m_localOnly, m_nowhere} +
                          m_stalled);
        // Untagged by the pull, still known by its digest: gone too.
        if (!m_firstImage.isEmpty())
            TestPeers::docker({QStringLiteral("rmi"), m_firstImage});
    }

    // A table with room for two rows asks for those two; scrolling asks for the rest.
    void onlyTheRowsOnScreenAreAsked()
    {
        const MainWindow::Options options = engineOptions();
        MainWindow window(options);
        DriftMonitor *drift = showOnlyThisTest(window);
        auto *view = window.findChild<QTableView *>(QStringLiteral("localImagesView"));
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height() +
                             2 * view->verticalHeader()->defaultSectionSize() +
                             2 * view->frameWidth());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // This test's tags, and maybe an untagged row of a repository an image was pulled
        // from before (never asked: it names no tag).
        const auto tagged = [](const QModelIndex &index) {
            return index.data(ReferenceRole) != index.data(ImageIdRole);
        };
        const auto taggedRows = [view, tagged] {
            int count = 0;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                count += tagged(view->model()->index(row, 0)) ? 1 : 0;
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(taggedRows(), 3 + int(m_stalled.size()), 30000);
        const int rows = view->model()->rowCount();
        const auto asked = [drift](const QModelIndex &index) {
            const QString reference = index.data(ReferenceRole).toString();
            return drift->isPending(reference) || drift->answer(reference).has_value();
        };
        const int first = view->rowAt(0);
        int last = view->rowAt(view->viewport()->height() - 1);
        if (last < 0)
            last = rows - 1;
        QVERIFY(first == 0 && last < rows - 1);
        int lastTagged = last;
        while (lastTagged >= 0 && !tagged(view->model()->index(lastTagged, 0)))
            --lastTagged;
        QVERIFY(lastTagged >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(asked(view->model()->index(lastTagged, 0)), 30000);
        int onScreen = 0;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            const bool wanted = row <= last && tagged(index);
            onScreen += wanted ? 1 : 0;
            QCOMPARE(asked(index), wanted);
        }
        QCOMPARE(drift->requestCount(), onScreen);
        qInfo("%d of %d rows on screen, %d tags asked", last + 1, rows, onScreen);

        view->scrollToBottom();
        int lastRow = rows - 1;
        while (!tagged(view->model()->index(lastRow, 0)))
            --lastRow;
        QTRY_VERIFY_WITH_TIMEOUT(asked(view->model()->index(lastRow, 0)), 30000);
        QVERIFY(drift->requestCount() > onScreen);
    }

    void driftOfTheLocalTags()
    {
        const MainWindow::Options options = engineOptions();
        MainWindow window(options);
        DriftMonitor *drift = showOnlyThisTest(window);
        QSignalSpy listed(&window, &MainWindow::refreshFinished);
        QVERIFY(listed.wait(30000));
        QTRY_VERIFY(driftIndex(window, m_app).isValid());
        // Not shown yet: nothing asked.
        QVERIFY(!drift->isEnabled());
        QCOMPARE(drift->requestCount(), 0);
        QVERIFY(!window.registryBrowsing()->isStarted());

        QElapsedTimer shown; // for the log only: nothing here is timed
        shown.start();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(driftOf(window, m_app), int(DriftState::InSync), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(driftOf(window, m_localOnly), int(DriftState::LocalOnly), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(driftOf(window, m_nowhere), int(DriftState::Unknown), 30000);
        qInfo("three rows in their states %lld ms after show()", shown.elapsed());
        // Those three answered while the silent host holds its requests unanswered.
        for (const QString &stalled : std::as_const(m_stalled)) {
            QVERIFY(drift->isPending(stalled));
            QCOMPARE(driftOf(window, stalled), -1);
            QCOMPARE(driftIndex(window, stalled).data().toString(), DriftText::checking());
        }
        QTRY_VERIFY(m_silent.held() > 0);
        QVERIFY(drift->isPending(m_stalled.first()));
        // Unknown says why in its tool tip, nowhere else: no box, nothing in the status bar.
        QVERIFY(window.findChildren<QMessageBox *>().isEmpty());
        QCOMPARE(window.statusBar()->currentMessage(), QString());
        QVERIFY2(driftIndex(window, m_nowhere)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("nosuchhost.invalid")),
                 qPrintable(driftIndex(window, m_nowhere).data(Qt::ToolTipRole).toString()));

        // Fresh answers are kept: asking again sends nothing until FreshFor has passed.
        const int asked = drift->requestCount();
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        drift->setClock([&now] { return now; });
        drift->want({m_app, m_localOnly});
        QCOMPARE(drift->requestCount(), asked);

        // Another image under the tag, by skopeo: still in sync until F5.
        const QString pulled = TestPeers::skopeoDigest(m_app);
        const QString other = registryHost() + QStringLiteral("/driftui/other:1");
        QVERIFY(seedImage(QStringLiteral("driftui/other"), QStringLiteral("1")));
        for (const QString &tag :
             {m_app, QString(registryHost() + QStringLiteral("/driftui/app:2"))})
            QVERIFY(TestPeers::run(
                QStringLiteral("skopeo"),
                {QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                 QStringLiteral("--dest-tls-verify=false"), QStringLiteral("docker://") + other,
                 QStringLiteral("docker://") + tag}));
        const QString moved = TestPeers::skopeoDigest(m_app);
        QVERIFY(!moved.isEmpty() && moved != pulled);
        drift->want({m_app});
        QCOMPARE(driftOf(window, m_app), int(DriftState::InSync));
        QCOMPARE(drift->requestCount(), asked);

        // F5: asked again, now behind, and the tool tip names the registry's new digest.
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(driftOf(window, m_app), int(DriftState::Behind), 30000);
        QVERIFY(drift->requestCount() > asked);
        const QString tip = driftIndex(window, m_app).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(moved.left(19)) && tip.contains(QStringLiteral("Pull updates it")),
                 qPrintable(tip));
        QVERIFY(!repoDigests(m_app).contains(moved));

        // Five minutes on, a row's tag is due again by itself.
        const int beforeExpiry = drift->requestCount();
        drift->want({m_localOnly});
        QCOMPARE(drift->requestCount(), beforeExpiry);
        now += std::chrono::milliseconds(DriftMonitor::FreshFor).count();
        drift->want({m_localOnly});
        QCOMPARE(drift->requestCount(), beforeExpiry + 1);
        // Back to the present: every answer of before is fresh again.
        now -= std::chrono::milliseconds(DriftMonitor::FreshFor).count();

        // The repository's tags: 1 is behind here, 2 is not local.
        window.openReference(registryHost() + QStringLiteral("/driftui/app"));
        RemoteTagsModel *tags = window.remoteTagsView()->tagsModel();
        QTRY_COMPARE_WITH_TIMEOUT(remoteStateOf(tags, QStringLiteral("1")), int(DriftState::Behind),
                                  30000);
        QTRY_COMPARE_WITH_TIMEOUT(remoteStateOf(tags, QStringLiteral("2")),
                                  int(DriftState::NotLocal), 30000);

        // Pull, the window's pull job: in sync again, from the answer already kept.
        const int beforePull = drift->requestCount();
        Jobs::JobSpec pull;
        pull.kind = Jobs::JobKind::Pull;
        pull.endpoint = options.endpoint;
        pull.references = {m_app};
        QSignalSpy finished(window.jobQueue(), &Jobs::JobQueue::jobFinished);
        window.jobQueue()->enqueue(pull);
        QVERIFY(finished.wait(120000));
        const auto record = finished.first().first().value<Jobs::JobRecord>();
        QCOMPARE(record.state, Jobs::JobState::Succeeded);
        QVERIFY(repoDigests(m_app).contains(moved));
        QTRY_COMPARE_WITH_TIMEOUT(remoteStateOf(tags, QStringLiteral("1")), int(DriftState::InSync),
                                  30000);
        QVERIFY(window.showSource(QStringLiteral("local")));
        QTRY_COMPARE_WITH_TIMEOUT(driftOf(window, m_app), int(DriftState::InSync), 30000);
        QCOMPARE(drift->requestCount(), beforePull);
        QVERIFY(drift->isPending(m_stalled.first()));
    }

private:
    QString m_app;
    QString m_localOnly;
    QString m_nowhere;
    QStringList m_stalled;
    QString m_firstImage;
    SilentHost m_silent;
};

QTEST_MAIN(TestDrift)
#include "tst_drift.moc"
