// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs panel in the window: one line while no job runs and none failed, its working
// height once one starts and while a failed one is listed, the user's height remembered; a
// failed job told in the status bar, panel hidden, with a link that opens the panel on it;
// the panel's actions in the Jobs menu; a column chooser on both tables' headers.
#include "jobs/jobqueue.h"
#include "ui/jobsdock.h"
#include "ui/jobsidlestrip.h"
#include "ui/jobspanelfollower.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Berth;
using namespace Berth::Ui;

namespace {

// No engine here: a pull fails, after the queue's own retries.
MainWindow::Options withoutEngine()
{
    MainWindow::Options options;
    options.endpoint =
        *Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth.sock"));
    return options;
}

Jobs::JobSpec failingPull(const QString &reference)
{
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Pull;
    spec.endpoint = withoutEngine().endpoint;
    spec.references = {reference};
    return spec;
}

} // namespace

class TestJobsPanel final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each test's own window, shown, its failed jobs retried at once.
    void init()
    {
        m_window = std::make_unique<MainWindow>(withoutEngine());
        m_window->resize(960, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->jobQueue()->setRetryBackoff(std::chrono::milliseconds(1));
    }
    void cleanup() { m_window.reset(); }

    void idleStripGrowsWithAJob()
    {
        MainWindow &window = *m_window;
        JobsDock *dock = window.jobsDock();
        const int lines = 2 * dock->fontMetrics().height();
        // Nothing ran yet: one line, its title bar gone too.
        QTRY_VERIFY(dock->height() > 0 && dock->height() <= lines);
        QVERIFY(dock->isCompact());
        QVERIFY(dock->idleStrip()->isVisible());
        QVERIFY(dock->idleStrip()->text().contains(JobsIdleStrip::tr("No jobs running ·")));
        QVERIFY(!dock->view()->isVisible());

        // A job queued: the whole panel, at a third of the window.
        window.jobQueue()->enqueue(failingPull(QStringLiteral("berth-test/none:2")));
        QVERIFY(!dock->isCompact());
        const auto aThird = [&] {
            return qAbs(dock->height() - window.height() / 3) <= 8;
        };
        QTRY_VERIFY(aThird() && dock->view()->isVisible());
        // It failed (no engine): the panel stays while the failure is listed.
        QTRY_VERIFY_WITH_TIMEOUT(dock->clearFinishedAction()->isEnabled(), 30000);
        QVERIFY(!dock->isCompact());
        QVERIFY(dock->height() > lines);

        // Cleared away: one line again, which says nothing runs.
        dock->clearFinishedAction()->trigger();
        QTRY_VERIFY(dock->isCompact() && dock->height() <= lines);

        // Opened by hand with the strip's toggle, made taller by the user, collapsed: opened
        // again, it has the user's height.
        auto *expand = dock->findChild<QToolButton *>(QStringLiteral("jobsIdleExpandButton"));
        QVERIFY(expand);
        expand->click();
        QTRY_VERIFY(!dock->isCompact() && aThird());
        const int asked = window.height() / 2;
        window.resizeDocks({dock}, {asked}, Qt::Vertical);
        QTRY_VERIFY(qAbs(dock->height() - asked) <= 8);
        const int own = dock->height();
        dock->collapseAction()->trigger();
        QTRY_VERIFY(dock->isCompact() && dock->height() <= lines);
        expand->click();
        QTRY_COMPARE(dock->height(), own);
    }

    void failedJobShowsWithThePanelHidden()
    {
        MainWindow &window = *m_window;
        JobsDock *dock = window.jobsDock();
        QTRY_VERIFY(dock->height() > 0);
        const int strip = dock->height();
        QVERIFY2(strip < window.height() / 3, qPrintable(QString::number(strip)));

        // The panel's actions, with their shortcuts, in a menu of the menu bar.
        auto *jobsMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("jobsMenu"));
        QVERIFY(jobsMenu);
        QVERIFY(jobsMenu->actions().contains(dock->retryAction()));
        QVERIFY(jobsMenu->actions().contains(dock->cancelAction()));
        // Both tables' headers choose their columns.
        QCOMPARE(window.findChildren<QObject *>(QStringLiteral("columnChooser")).size(), 2);

        dock->hide();
        const QString id =
            window.jobQueue()->enqueue(failingPull(QStringLiteral("berth-test/none:1")));
        auto *failure = window.findChild<QLabel *>(QStringLiteral("failedJobLabel"));
        QVERIFY(failure);
        QTRY_VERIFY_WITH_TIMEOUT(failure->isVisible(), 30000);
        QVERIFY(failure->text().contains(QStringLiteral("Pull berth-test/none:1")));
        QVERIFY(failure->text().contains(QStringLiteral("href='") + id));

        // The link opens the panel on the job, a third of the window high.
        Q_EMIT failure->linkActivated(id);
        QVERIFY(dock->isVisible());
        QTRY_VERIFY(dock->height() > strip);
        QCOMPARE(dock->view()->currentIndex().data(Qt::DisplayRole).toString(),
                 QStringLiteral("Pull berth-test/none:1"));
        QVERIFY(!failure->isVisible());
    }
};

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
