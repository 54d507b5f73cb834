// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs dock and the image actions of the window, driven from the keyboard against a
// real JobQueue on the private dockerd, the open registry and the fault proxy in front of
// it: a pull slowed by the proxy is cancelled with Delete and shows Cancelled; Retry runs
// it again and, unthrottled, it succeeds; Clear finished empties the list; a job that ends
// while the window is inactive is announced, one that ends while it is active is not; a
// job a previous process left running is announced at start, listed as interrupted in the
// History tab and run again from there with the keyboard.
#include "imageselection.h"
#include "jobs/jobhistory.h"
#include "randomimage.h"
#include "savedimagetar.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/imagemodelroles.h"
#include "ui/jobhistorymodel.h"
#include "ui/jobmodelroles.h"
#include "ui/jobnotifier.h"
#include "ui/jobsdock.h"
#include "ui/jobsmodel.h"
#include "ui/mainwindow.h"
#include "ui/pulldialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace Berth;
using namespace Berth::Ui;
using Berth::Jobs::JobRecord;
using Berth::Jobs::JobState;

namespace {

MainWindow::Options options()
{
    MainWindow::Options options;
    options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
    return options;
}

JobState stateOf(const QModelIndex &job)
{
    return JobState(job.data(JobStateRole).toInt());
}

bool imageExists(const QString &reference)
{
    QProcess docker;
    docker.start(QStringLiteral("/usr/bin/docker"),
                 {QStringLiteral("-H"), TestEnv::dockerHost(), QStringLiteral("image"),
                  QStringLiteral("inspect"), reference});
    return docker.waitForFinished(30000) && docker.exitCode() == 0;
}

Jobs::JobSpec saveSpec(const QString &image, const QString &file)
{
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Save;
    spec.endpoint = options().endpoint;
    spec.references = {image};
    spec.filePath = file;
    return spec;
}

using TestUi::selectImage;

// The share of the progress cell's bar the view paints filled: the columns of the bar
// where the style's highlight shows, over the cell's width. The row must not be selected,
// or the whole cell is highlighted.
double paintedFraction(QTreeView *view, const QModelIndex &job)
{
    const QModelIndex cell = job.siblingAtColumn(JobsModel::ProgressColumn);
    const QRect rect = view->visualRect(cell);
    const QImage image = view->viewport()->grab(rect).toImage();
    const QColor highlight = view->palette().color(QPalette::Highlight);
    const auto isFill = [&highlight](QColor pixel) {
        return qAbs(pixel.hue() - highlight.hue()) < 30 && pixel.saturation() > 80;
    };
    int filled = 0;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (isFill(image.pixelColor(x, y))) {
                ++filled;
                break;
            }
        }
    }
    return image.width() > 0 ? double(filled) / image.width() : 0.0;
}

} // namespace

class TestJobsDock final : public QObject
{
    Q_OBJECT

private:
    QString m_pullReference; // on the registry, behind the proxy; not in the engine

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        const QString proxy =
            TestEnv::readState(QStringLiteral("faultproxy"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(proxy, "faultproxy");
        QVERIFY(TestPeers::proxyReset());
        // 16 MB in two layers: 80 s through a proxy that passes 200 kB/s.
        m_pullReference = proxy + QStringLiteral("/jobsdock/cancel:") +
                          QString::number(QCoreApplication::applicationPid());
        QVERIFY(TestImages::loadRandomImage(m_pullReference, 2, 8000000));
        QVERIFY(TestPeers::docker({QStringLiteral("push"), m_pullReference}));
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), m_pullReference}));
    }

    // A model asked about an invalid index it was not meant to get logs it (checkIndex):
    // a caller passes what it should have checked.
    void init()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("is not valid \\(expected valid\\)|checkIndex")));
    }

    void cleanupTestCase()
    {
        TestPeers::proxyReset();
        if (!m_pullReference.isEmpty() && imageExists(m_pullReference))
            TestPeers::docker({QStringLiteral("rmi"), m_pullReference});
    }

    void cancelRetryAndClearFromTheKeyboard()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        JobsDock *dock = window.jobsDock();
        QTreeView *view = dock->view();
        JobsModel *model = dock->model();
        QVERIFY(TestPeers::proxyFault(R"({"mode": "throttle", "rate": 200000})"));

        // Pull… from the keyboard, once the engine answers: the dialog takes only a
        // reference it can read.
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QAction *>(QStringLiteral("pullImageAction"))->isEnabled(), 15000);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        PullDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<PullDialog *>(QStringLiteral("pullDialog"))));
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("pullReference"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(field && ok);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("No Such/Name"));
        QVERIFY(!ok->isEnabled());
        field->clear();
        QTest::keyClicks(field, m_pullReference);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        // A window manager gives the window back its activation; offscreen, the test does.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTRY_COMPARE(model->rowCount(), 1);
        const QPersistentModelIndex job = model->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(job.data(BytesDoneRole).toLongLong() > 0, 30000);
        QCOMPARE(stateOf(job), JobState::Running);

        // The context menu offers the same actions.
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        for (QAction *action :
             {dock->cancelAction(), dock->retryAction(), dock->clearFinishedAction()})
            QVERIFY(view->actions().contains(action));

        // Move to the job from the keyboard and cancel it with Delete.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home);
        QVERIFY(dock->cancelAction()->isEnabled());
        QVERIFY(!dock->retryAction()->isEnabled());
        QTest::keyClick(view, Qt::Key_Delete);
        // Cancelled, not finished: a ceiling only a hang reaches (bench_latency times it).
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), JobState::Cancelled, 30000);
        QCOMPARE(job.sibling(job.row(), JobsModel::StateColumn).data().toString(),
                 Jobs::stateText(JobState::Cancelled));
        QVERIFY(!imageExists(m_pullReference));
        QTRY_VERIFY(dock->retryAction()->isEnabled());
        QVERIFY(!dock->cancelAction()->isEnabled());
        // The reason is the row's tool tip and the line under the list.
        const QString reason = job.data(ErrorTextRole).toString();
        QVERIFY(!reason.isEmpty());
        QCOMPARE(job.data(Qt::ToolTipRole).toString(), reason);
        auto *detail = dock->findChild<QLabel *>(QStringLiteral("jobDetail"));
        QTRY_VERIFY(detail->isVisible());
        QVERIFY2(detail->text().contains(reason), qPrintable(detail->text()));

        // Retry, with the registry at full speed again: the same row succeeds.
        QVERIFY(TestPeers::proxyReset());
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), JobState::Succeeded, 60000);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->record(job)->attempt, 2);
        QVERIFY(imageExists(m_pullReference));
        QVERIFY(!dock->retryAction()->isEnabled());

        // Clear finished (enabled at the next pass of the event loop).
        QTRY_VERIFY(dock->clearFinishedAction()->isEnabled());
        QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(!dock->clearFinishedAction()->isEnabled());
    }

    // The bar in the Progress column fills while the layers come (the proxy passes 1 MB/s)
    // and is full when the pull has succeeded.
    void progressBarFillsDuringAndAfterAPull()
    {
        if (imageExists(m_pullReference))
            QVERIFY(TestPeers::docker({QStringLiteral("rmi"), m_pullReference}));
        QVERIFY(TestPeers::proxyReset());
        QVERIFY(TestPeers::proxyFault(R"({"mode": "throttle", "rate": 1000000})"));
        MainWindow window(options());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *view = window.jobsDock()->view();
        JobsModel *model = window.jobsDock()->model();
        Jobs::JobSpec pull;
        pull.kind = Jobs::JobKind::Pull;
        pull.endpoint = options().endpoint;
        pull.references = {m_pullReference};
        window.jobQueue()->enqueue(pull);
        QTRY_COMPARE(model->rowCount(), 1);
        const QPersistentModelIndex job = model->index(0, 0);
        view->selectionModel()->clear();

        QTRY_VERIFY_WITH_TIMEOUT(job.data(FractionRole).toDouble() > 0.0, 30000);
        QCOMPARE(stateOf(job), JobState::Running);
        const double during = paintedFraction(view, job);
        QVERIFY2(during > 0.0, qPrintable(QString::number(during)));

        QVERIFY(TestPeers::proxyReset());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), JobState::Succeeded, 60000);
        QCOMPARE(job.data(FractionRole).toDouble(), 1.0);
        view->selectionModel()->clear();
        const double after = paintedFraction(view, job);
        QVERIFY2(after > 0.9, qPrintable(QString::number(after)));
    }

    void notifiesOnlyWhileTheWindowIsInactive()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy notified(window.jobsDock()->notifier(), &JobNotifier::notified);
        QSignalSpy finished(window.jobQueue(), &Jobs::JobQueue::jobFinished);
        QTemporaryDir dir;
        const QString busybox = QStringLiteral("berth-test/busybox:1.0");

        window.jobQueue()->enqueue(saveSpec(busybox, dir.filePath(QStringLiteral("a.tar"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).value<JobRecord>().state, JobState::Succeeded);
        QCOMPARE(notified.size(), 0);

        QWidget other;
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QVERIFY(!window.isActiveWindow());
        const Jobs::JobSpec save = saveSpec(busybox, dir.filePath(QStringLiteral("b.tar")));
        window.jobQueue()->enqueue(save);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, 30000);
        QVERIFY2(notified.at(0).at(0).toString().contains(save.title()),
                 qPrintable(notified.at(0).at(0).toString()));
        QCOMPARE(notified.at(0).at(1).toString(), Jobs::stateText(JobState::Succeeded));

        // A failure says why.
        Jobs::JobSpec load;
        load.kind = Jobs::JobKind::Load;
        load.endpoint = options().endpoint;
        load.filePath = dir.filePath(QStringLiteral("missing.tar"));
        window.jobQueue()->enqueue(load);
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, 30000);
        QCOMPARE(finished.size(), 3);
        const JobRecord failed = finished.at(2).at(0).value<JobRecord>();
        QCOMPARE(failed.state, JobState::Failed);
        QVERIFY(failed.error);
        QCOMPARE(notified.at(1).at(1).toString(), failed.error->message());
    }

    void interruptedJobsAreShownAndRunAgain()
    {
        QFile::remove(Jobs::JobHistory::defaultPath());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("interrupted.tar"));
        Jobs::HistoryEntry left;
        left.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        left.kind = QStringLiteral("save");
        left.references = {QStringLiteral("berth-test/busybox:1.0")};
        left.file = file;
        left.start = QDateTime::currentDateTimeUtc();
        left.result = QStringLiteral("running");
        {
            // A process that stops with a job running: its owner lock goes with it.
            Jobs::JobHistory previous;
            QVERIFY(previous.record(left).ok());
        }

        MainWindow window(options());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        JobsDock *dock = window.jobsDock();
        QTreeView *history = dock->historyView();
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("1 job")));
        auto *tabs = dock->findChild<QTabWidget *>(QStringLiteral("jobsTabs"));
        QCOMPARE(tabs->currentWidget(), history);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        const QModelIndex row = history->model()->index(0, 0);
        QCOMPARE(row.data(JobIdRole).toString(), left.id);
        QCOMPARE(JobState(row.data(JobStateRole).toInt()), JobState::Interrupted);
        QCOMPARE(row.siblingAtColumn(JobHistoryModel::ResultColumn).data().toString(),
                 Jobs::stateText(JobState::Interrupted));
        QVERIFY(row.data().toString().contains(file));

        // In this tab the tool bar and the context menu offer Run Again, not Cancel.
        QVERIFY(history->actions().contains(dock->runAgainAction()));
        QVERIFY(dock->runAgainAction()->isVisible());
        QVERIFY(!dock->cancelAction()->isVisible());
        history->setFocus();
        QTest::keyClick(history, Qt::Key_Home);
        QTRY_VERIFY(dock->runAgainAction()->isEnabled());
        QTest::keyClick(history, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);

        // It runs again on this window's engine, in the Current tab.
        JobsModel *model = dock->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(tabs->currentWidget(), dock->view());
        const QPersistentModelIndex job = model->index(0, 0);
        QCOMPARE(model->record(job)->spec.filePath, file);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), JobState::Succeeded, 30000);
        const QString wrong =
            SavedImageTar::mismatch(file, QStringLiteral("berth-test/busybox:1.0"));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        // The history now holds both: the interrupted run and the one that succeeded.
        dock->showHistory();
        QTRY_COMPARE(history->model()->rowCount(), 2);
        QStringList results;
        for (int i = 0; i < 2; ++i)
            results.append(
                history->model()->index(i, JobHistoryModel::ResultColumn).data().toString());
        results.sort();
        QStringList expected{Jobs::stateText(JobState::Interrupted),
                             Jobs::stateText(JobState::Succeeded)};
        expected.sort();
        QCOMPARE(results, expected);

        // Told once: another window finds nothing more to tell once it has read the history.
        MainWindow again(options());
        QSignalSpy interrupted(again.jobQueue(), &Jobs::JobQueue::jobsInterrupted);
        QSignalSpy read(again.jobQueue(), &Jobs::JobQueue::historyRead);
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(interrupted.size(), 0);
        QVERIFY(again.statusBar()->currentMessage().isEmpty());
    }

    // A berthctl killed while the window is open: the window's next write finds its job and
    // records it as interrupted, but that is no news of the last stop: the notice and the
    // switch to the History tab belong to the start-up read alone.
    void aJobInterruptedDuringTheSessionIsNoStartUpNotice()
    {
        QFile::remove(Jobs::JobHistory::defaultPath());
        MainWindow window(options());
        QSignalSpy read(window.jobQueue(), &Jobs::JobQueue::historyRead);
        QSignalSpy interrupted(window.jobQueue(), &Jobs::JobQueue::jobsInterrupted);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(read.size(), 1); // the start-up read, with nothing to tell
        JobsDock *dock = window.jobsDock();
        auto *tabs = dock->findChild<QTabWidget *>(QStringLiteral("jobsTabs"));
        QCOMPARE(tabs->currentWidget(), dock->view());

        QTemporaryDir dir;
        Jobs::HistoryEntry left;
        left.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        left.kind = QStringLiteral("save");
        left.references = {QStringLiteral("berth-test/busybox:1.0")};
        left.file = dir.filePath(QStringLiteral("killed.tar"));
        left.start = QDateTime::currentDateTimeUtc();
        left.result = QStringLiteral("running");
        {
            Jobs::JobHistory killed; // its owner lock goes with it, as with a killed process
            QVERIFY(killed.record(left).ok());
        }

        const QString id = window.jobQueue()->enqueue(saveSpec(
            QStringLiteral("berth-test/busybox:1.0"), dir.filePath(QStringLiteral("now.tar"))));
        QTRY_VERIFY_WITH_TIMEOUT(window.jobQueue()->job(id)->state == JobState::Succeeded, 30000);
        // The window's own writes swept the killed job...
        QTRY_COMPARE_WITH_TIMEOUT(interrupted.size(), 1, 10000);
        QCOMPARE(interrupted.at(0).at(0).value<QList<Jobs::HistoryEntry>>().value(0).id, left.id);
        // ...and told nobody it happened at the last stop.
        QCOMPARE(tabs->currentWidget(), dock->view());
        QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("did not finish")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void saveAndPushTheSelectedImage()
    {
        const QString registry =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(registry, "registry_open");
        const QString pushed = registry + QStringLiteral("/jobsdock/push:") +
                               QString::number(QCoreApplication::applicationPid());
        QVERIFY(TestPeers::docker(
            {QStringLiteral("tag"), QStringLiteral("berth-test/busybox:1.0"), pushed}));
        MainWindow window(options());
        QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 15000);
        JobsModel *model = window.jobsDock()->model();
        auto *save = window.findChild<QAction *>(QStringLiteral("saveImagesAction"));
        auto *push = window.findChild<QAction *>(QStringLiteral("pushImageAction"));
        QVERIFY(save && push);
        QVERIFY(!save->isEnabled());

        QVERIFY(selectImage(window, pushed));
        QVERIFY(save->isEnabled() && push->isEnabled());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("busybox.tar"));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(QStringLiteral("saveImagesDialog"))));
        dialog->selectFile(file);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // as the Save button does
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model->index(0, 0)), JobState::Succeeded, 30000);
        const QString wrong = SavedImageTar::mismatch(file, pushed);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->record(model->index(1, 0))->spec.references, QStringList{pushed});
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model->index(1, 0)), JobState::Succeeded, 30000);
        const QString tag = pushed.section(u':', -1);
        const QByteArray tags = TestPeers::curl(
            {QStringLiteral("http://") + registry + QStringLiteral("/v2/jobsdock/push/tags/list")});
        QVERIFY2(tags.contains(tag.toUtf8()), tags.constData());
        TestPeers::docker({QStringLiteral("rmi"), pushed});
    }
};

QTEST_MAIN(TestJobsDock)
#include "tst_jobsdock.moc"
