// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/selftest.h"

#include "jobs/jobqueue.h"
#include "ui/enginebanner.h"
#include "ui/imagefilterproxymodel.h"
#include "ui/jobmodelroles.h"
#include "ui/jobsdock.h"
#include "ui/jobsmodel.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace Berth::Ui {

namespace {

class SelfTest final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Ui::SelfTest)

public:
    int failures = 0;

    void check(bool ok, const QString &what)
    {
        const QString line =
            (ok ? QStringLiteral("ok    ") : QStringLiteral("FAIL  ")) + what + u'\n';
        std::fputs(line.toLocal8Bit().constData(), ok ? stdout : stderr);
        if (!ok)
            ++failures;
    }
};

} // namespace

int runSelfTest()
{
    SelfTest test;
    // An endpoint where surely nothing listens: the window must say so, not hang.
    QTemporaryDir dir;
    MainWindow::Options options;
    options.endpoint =
        *Engine::EngineEndpoint::parse(dir.path() + QStringLiteral("/no-engine.sock"));
    // The user's job history is not the self-test's.
    options.historyPath = dir.filePath(QStringLiteral("jobs.json"));
    options.checkDrift = false; // its rows name registries that do not exist
    MainWindow window(options);
    window.show();

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("imageFilter"));
    auto *view = window.findChild<QTableView *>(QStringLiteral("localImagesView"));
    test.check(filter != nullptr, SelfTest::tr("the filter box exists"));
    test.check(view != nullptr, SelfTest::tr("the image table exists"));
    test.check(window.windowTitle().startsWith(QStringLiteral("Berth")),
               SelfTest::tr("the title starts with Berth"));

    window.imagesModel()->setRows({
        {QStringLiteral("alpha/app"),
         QStringLiteral("1.0"),
         QStringLiteral("sha256:aaaa"),
         0,
         10,
         {}},
        {QStringLiteral("alpha/app"),
         QStringLiteral("2.0"),
         QStringLiteral("sha256:bbbb"),
         0,
         20,
         {}},
        {QStringLiteral("beta/tool"),
         QStringLiteral("latest"),
         QStringLiteral("sha256:cccc"),
         0,
         30,
         {}},
    });
    test.check(view && view->model()->rowCount() == 3, SelfTest::tr("the table shows three rows"));
    if (filter)
        filter->setText(QStringLiteral("alpha 2.0"));
    test.check(view && view->model()->rowCount() == 1, SelfTest::tr("the filter leaves one row"));

    QEventLoop loop;
    QObject::connect(&window, &MainWindow::refreshFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    window.refresh();
    loop.exec();
    test.check(window.banner()->mode() == EngineBanner::Mode::Error,
               SelfTest::tr("an unreachable engine shows the error banner"));

    // A job that cannot start fails with its reason in the Jobs panel (a load of a missing
    // file fails before it reaches for the engine, so nothing retries it).
    Jobs::JobSpec load;
    load.kind = Jobs::JobKind::Load;
    load.endpoint = options.endpoint;
    load.filePath = dir.filePath(QStringLiteral("missing.tar"));
    // A loop of its own: the window may still report lists of the images.
    QEventLoop jobLoop;
    QObject::connect(window.jobQueue(), &Jobs::JobQueue::jobFinished, &jobLoop, &QEventLoop::quit);
    QTimer::singleShot(10000, &jobLoop, &QEventLoop::quit);
    window.jobQueue()->enqueue(load);
    jobLoop.exec();
    const QModelIndex job = window.jobsDock()->model()->index(0, 0);
    test.check(job.isValid() &&
                   Jobs::JobState(job.data(JobStateRole).toInt()) == Jobs::JobState::Failed &&
                   !job.data(ErrorTextRole).toString().isEmpty(),
               SelfTest::tr("a job that cannot start fails with its reason in the Jobs panel"));

    const QString summary = test.failures == 0 ? SelfTest::tr("self-test passed\n")
                                               : SelfTest::tr("self-test failed: %Ln check(s)\n",
                                                              nullptr, test.failures);
    std::fputs(summary.toLocal8Bit().constData(), test.failures == 0 ? stdout : stderr);
    return test.failures == 0 ? 0 : 1;
}

} // namespace Berth::Ui
