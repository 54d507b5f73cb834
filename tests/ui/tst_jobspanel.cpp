// SPDX-License-Identifier: GPL-3.0-or-later
// The Jobs panel in the window: a strip while no job is listed, taller once one starts; a
// failed job told in the status bar, panel hidden, with a link that opens the panel on it;
// the panel's actions in the Jobs menu; a column chooser on both tables' headers.
#include "jobs/jobqueue.h"
#include "ui/jobsdock.h"
#include "ui/jobspanelfollower.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Berth;
using namespace Berth::Ui;

class TestJobsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void failedJobShowsWithThePanelHidden()
    {
        MainWindow::Options options;
        // No engine here: a pull fails, after the queue's own retries.
        options.endpoint =
            *Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth.sock"));
        MainWindow window(options);
        window.resize(960, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.jobQueue()->setRetryBackoff(std::chrono::milliseconds(1));
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
        Jobs::JobSpec spec;
        spec.kind = Jobs::JobKind::Pull;
        spec.endpoint = options.endpoint;
        spec.references = {QStringLiteral("berth-test/none:1")};
        const QString id = window.jobQueue()->enqueue(spec);
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
