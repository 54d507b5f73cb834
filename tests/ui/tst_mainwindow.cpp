// SPDX-License-Identifier: GPL-3.0-or-later
// The window, offscreen: typing in the filter box filters the table, keyboard shortcuts
// work, and an unreachable engine or a refused socket shows the right explanation. The
// images come from the private dockerd of tests/env when it runs.
#include "engine/engineendpoint.h"
#include "testenv.h"
#include "ui/enginebanner.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Berth;
using namespace Berth::Ui;

namespace {

QStringList visibleRows(const QTableView *view)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        out.append(view->model()->index(r, LocalImagesModel::RepositoryColumn).data().toString() +
                   u':' + view->model()->index(r, LocalImagesModel::TagColumn).data().toString());
    }
    out.sort();
    return out;
}

// The references of `rows` that hold every word, as the filter box reads them.
QStringList holdingEvery(const QStringList &rows, const QStringList &words)
{
    QStringList out;
    for (const QString &row : rows) {
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const QString &w) { return row.contains(w, Qt::CaseInsensitive); }))
            out.append(row);
    }
    return out;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The window keeps a job history: the tests' goes to a test folder, not the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void filterBoxFiltersTheEnginesImages()
    {
        const QString host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(host, "dockerd");
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(host);
        MainWindow window(options);
        QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Berth")));
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 15000);
        QCOMPARE(window.banner()->mode(), EngineBanner::Mode::Hidden);

        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("imageFilter"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("localImagesView"));
        QVERIFY(filter && view);
        const QStringList all = visibleRows(view);
        QVERIFY2(all.contains(QStringLiteral("berth-test/busybox:1.0")),
                 qPrintable(all.join(u' ')));
        QVERIFY(all.contains(QStringLiteral("berth-test/busybox:latest")));
        QVERIFY(all.contains(QStringLiteral("berth-test/web:1.0")));

        // Ctrl+F moves the keyboard to the filter box. The engine is shared: what the rows
        // should be comes from the rows it had at the start, not from a fixed list.
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("busybox"));
        const QStringList busybox = holdingEvery(all, {QStringLiteral("busybox")});
        QVERIFY(busybox.contains(QStringLiteral("berth-test/busybox:1.0")));
        QVERIFY(!busybox.contains(QStringLiteral("berth-test/web:1.0")));
        QTRY_COMPARE(visibleRows(view), busybox);
        QTest::keyClicks(filter, QStringLiteral(" lat"));
        const QStringList latest =
            holdingEvery(all, {QStringLiteral("busybox"), QStringLiteral("lat")});
        QVERIFY(latest.contains(QStringLiteral("berth-test/busybox:latest")));
        QVERIFY(!latest.contains(QStringLiteral("berth-test/busybox:1.0")));
        QTRY_COMPARE(visibleRows(view), latest);
        QTest::keyClicks(filter, QStringLiteral("xyz"));
        QTRY_COMPARE(view->model()->rowCount(), 0);
        // Escape clears the filter and hands the keyboard to the table.
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_COMPARE(visibleRows(view), all);
        QVERIFY(view->hasFocus());
    }

    void unreachableEngineExplainsWhatToDo()
    {
        QTemporaryDir dir;
        MainWindow::Options options;
        options.endpoint =
            *Engine::EngineEndpoint::parse(dir.filePath(QStringLiteral("nothing.sock")));
        options.sandbox = {QStringLiteral(BERTH_TEST_SOURCE_DIR "/tests/env/dockerd.sh"),
                           dir.filePath(QStringLiteral("sandbox"))};
        MainWindow window(options);
        QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
        window.show();
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 15000);
        QCOMPARE(window.banner()->mode(), EngineBanner::Mode::Error);
        QVERIFY2(window.banner()->text().contains(QStringLiteral("No Docker engine")),
                 qPrintable(window.banner()->text()));
        QVERIFY(window.banner()->text().contains(dir.path()));
        QVERIFY(window.banner()->text().contains(QStringLiteral("sandbox")));
        auto *sandboxButton = window.findChild<QWidget *>(QStringLiteral("sandboxButton"));
        QVERIFY(sandboxButton && sandboxButton->isVisible());
    }

    void refusedSocketExplainsTheDockerGroup()
    {
        // Permission is told apart from absence; the banner names the docker group and
        // rootless mode. The window is fed the error a refused socket gives.
        QTemporaryDir dir;
        MainWindow::Options options;
        options.endpoint =
            *Engine::EngineEndpoint::parse(QStringLiteral("unix:///var/run/docker.sock"));
        MainWindow window(options);
        window.banner()->showError(
            options.endpoint.url(),
            Error(ErrorKind::PermissionDenied, QStringLiteral("permission denied")), false);
        QVERIFY(window.banner()->text().contains(QStringLiteral("Permission denied")));
        QVERIFY(window.banner()->text().contains(QStringLiteral("docker</tt> group")));
        QVERIFY(window.banner()->text().contains(QStringLiteral("rootless")));
        QVERIFY(!window.banner()->text().contains(QStringLiteral("No Docker engine")));
    }

    void sandboxIsSaidInTitleAndBanner()
    {
        const QString host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(host, "dockerd");
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(host);
        options.isSandbox = true;
        MainWindow window(options);
        QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
        window.show();
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 15000);
        QVERIFY(window.windowTitle().contains(QStringLiteral("sandbox")));
        QCOMPARE(window.banner()->mode(), EngineBanner::Mode::Sandbox);
        QVERIFY(window.banner()->text().contains(QStringLiteral("sandbox engine")));
        QVERIFY(window.imagesModel()->rowCount() >= 3);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
