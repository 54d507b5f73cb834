// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobworker.h"

#include <QTest>
#include <QThread>

using namespace Berth::Jobs;

// The worker's life at its end: JobQueue stops every worker, then deletes each one, so a
// worker is stopped twice, and its thread may have ended (deleting its home) in between.
class TestJobWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stoppedWorkerWhoseThreadEndedIsDeletedCleanly()
    {
        auto *worker = new JobWorker(0);
        worker->stop();
        // Give the thread time to end and delete its home: the window in which a second
        // stop used to post to freed memory (a crash at close, seen in CI).
        QThread::msleep(200);
        worker->stop();
        worker->cancel();
        worker->run(QStringLiteral("late"), JobSpec{});
        QVERIFY(!worker->isBusy()); // run() after stop() starts nothing
        delete worker;              // joins the thread; must not touch the home again
    }
};

QTEST_GUILESS_MAIN(TestJobWorker)
#include "tst_jobworker.moc"
