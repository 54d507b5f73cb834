// SPDX-License-Identifier: GPL-3.0-or-later
// The window, offscreen: typing in the filter box filters the table, keyboard shortcuts
// work, and an unreachable engine or a refused socket shows the right explanation. The
// images come from the private dockerd of tests/env when it runs.
#include "base/humanformat.h"
#include "engine/engineendpoint.h"
#include "keychain/keychainvault.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/aboutdialog.h"
#include "ui/enginebanner.h"
#include "ui/imagemodelroles.h"
#include "ui/jobsdock.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
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

MainWindow::Options engineOptions()
{
    MainWindow::Options options;
    options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
    return options;
}

bool listed(const LocalImagesModel *model, const QString &reference)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(ReferenceRole).toString() == reference)
            return true;
    }
    return false;
}

// Shows the window and waits for its first list, or for the failure to get one.
bool showAndList(MainWindow &window)
{
    QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
    window.show();
    window.refresh();
    return QTest::qWaitFor([&refreshed] { return !refreshed.isEmpty(); }, 15000);
}

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
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
        // Painted and listed, and still no keychain contact: it waits for a job or the
        // Accounts dialog to need a secret.
        QVERIFY(!Auth::KeychainVault::threadStarted());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("accountsAction")));

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

    // Pull, Load, Push and Save start jobs on the engine: only once it answers (while it
    // does not, unreachableEngineExplainsWhatToDo finds them disabled).
    void imageActionsWaitForTheEngine()
    {
        const QString host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(host, "dockerd");
        MainWindow live(engineOptions());
        QVERIFY(!action(live, "pullImageAction")->isEnabled());
        QVERIFY(showAndList(live));
        QCOMPARE(live.banner()->mode(), EngineBanner::Mode::Hidden);
        QVERIFY(action(live, "pullImageAction")->isEnabled());
        QVERIFY(action(live, "loadImagesAction")->isEnabled());
    }

    // A 200-character repository and a 128-character tag leave Image ID, Created and Size
    // on screen, at the default size and at 1280x800; short repositories are not elided;
    // the user may drag any column, and the width dragged stays.
    void longNamesLeaveTheColumnsOnScreen()
    {
        const QString host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(host, "dockerd");
        const QString repository = QStringLiteral("berth-test/") + QString(189, u'r');
        const QString tag = QString(128, u't');
        const QString reference = repository + u':' + tag;
        QVERIFY(TestPeers::docker(
            {QStringLiteral("tag"), QStringLiteral("berth-test/busybox:1.0"), reference}));
        MainWindow window(engineOptions());
        QSignalSpy refreshed(&window, &MainWindow::refreshFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(listed(window.imagesModel(), reference), 15000);
        auto *view = window.findChild<QTableView *>(QStringLiteral("localImagesView"));
        QHeaderView *header = view->horizontalHeader();
        QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
        for (int column = 0; column < header->count(); ++column)
            QCOMPARE(header->sectionResizeMode(column), QHeaderView::Interactive);

        const auto columnsFit = [&] {
            const int right = view->viewport()->width();
            for (const int column : {LocalImagesModel::IdColumn, LocalImagesModel::CreatedColumn,
                                     LocalImagesModel::SizeColumn}) {
                if (header->sectionViewportPosition(column) + header->sectionSize(column) > right)
                    return false;
            }
            const int shortName =
                view->fontMetrics().horizontalAdvance(QStringLiteral("berth-test/busybox"));
            return header->sectionSize(LocalImagesModel::RepositoryColumn) > shortName + 16;
        };
        QTRY_VERIFY(columnsFit());
        // The age grows while it is shown: its longest forms fit from the start, not only
        // the text of the moment ("9 seconds ago" then "59 seconds ago").
        for (const qint64 age : {59LL, 59LL * 60, 11LL * 30 * 86400})
            QVERIFY(header->sectionSize(LocalImagesModel::CreatedColumn) >
                    view->fontMetrics().horizontalAdvance(HumanFormat::age(0, age)));
        // The Details dock beside the table keeps its width; the table gets what the window
        // gains or loses.
        const int atDefault = view->viewport()->width();
        window.resize(1000, 640);
        QTRY_VERIFY(view->viewport()->width() < atDefault - 100);
        const int narrower = view->viewport()->width();
        window.resize(1280, 800);
        QTRY_VERIFY(view->viewport()->width() > narrower + 200);
        QTRY_VERIFY(columnsFit());

        // The whole name is the tool tip of the elided cell.
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex cell = view->model()->index(r, LocalImagesModel::RepositoryColumn);
            if (cell.data(ReferenceRole).toString() == reference) {
                QCOMPARE(cell.data(Qt::ToolTipRole).toString(), repository);
                QCOMPARE(cell.siblingAtColumn(LocalImagesModel::TagColumn)
                             .data(Qt::ToolTipRole)
                             .toString(),
                         tag);
            }
        }

        // A width the user gives a column stays through a refresh and a resize.
        header->resizeSection(LocalImagesModel::TagColumn, 300);
        refreshed.clear();
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 15000);
        window.resize(1100, 700);
        QTest::qWait(0);
        QCOMPARE(header->sectionSize(LocalImagesModel::TagColumn), 300);
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), reference}));
    }

    // Help > About Berth: the versions of Berth and of the engine in use, the licences, and
    // a bug report block on the clipboard with versions and platform, no address.
    void aboutNamesVersionsEngineAndLicences()
    {
        const QString host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(host, "dockerd");
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        MainWindow window(engineOptions());
        QVERIFY(showAndList(window));
        QVERIFY(window.imagesModel()->rowCount() > 0);
        action(window, "aboutAction")->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) != nullptr);
        const QString text = dialog->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Berth 9.8.7")), qPrintable(text));
        // The private dockerd is Docker 20.10: its Server header and the negotiated API.
        QVERIFY2(
            text.contains(QRegularExpression(QStringLiteral("Docker/[0-9.]+.*, API 1\\.[0-9]+"))),
            qPrintable(text));
        for (const char *licence :
             {"GPL-3.0-or-later", "Qt", "LGPL-3.0-only", "QtKeychain", "BSD-3-Clause", "libarchive",
              "BSD-2-Clause", "OpenSSL", "Apache-2.0"})
            QVERIFY2(text.contains(QLatin1StringView(licence)), licence);

        QGuiApplication::clipboard()->clear();
        dialog->findChild<QPushButton *>(QStringLiteral("copyReportButton"))->click();
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY2(report.startsWith(QStringLiteral("Berth 9.8.7\nQt ")), qPrintable(report));
        for (const char *line : {"\nQtKeychain ", "\nlibarchive 3.", "\nOpenSSL 3.",
                                 "\nEngine: Docker/", "\nPlatform: ", "\nLocale: "})
            QVERIFY2(report.contains(QLatin1StringView(line)), qPrintable(report));
        // No address (it may name a user or a host), no home folder.
        QVERIFY2(!report.contains(host) && !report.contains(host.section(u'/', -1)),
                 qPrintable(report));
        QVERIFY2(!report.contains(QDir::homePath()), qPrintable(report));
    }

    void ctrlJTogglesTheJobsPanel()
    {
        MainWindow window(engineOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        JobsDock *dock = window.jobsDock();
        QVERIFY(dock->isVisible());
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(!dock->isVisible());
        QTest::keyClick(&window, Qt::Key_J, Qt::ControlModifier);
        QTRY_VERIFY(dock->isVisible());
    }

    // Ctrl+O, a tar chosen in the file dialog: the image it holds comes into the list, as
    // the engine reports it.
    void loadFromTheWindow()
    {
        const QString host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(host, "dockerd");
        const QString reference = QStringLiteral("berth-test/loaded:") +
                                  QString::number(QCoreApplication::applicationPid());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("loaded.tar"));
        QVERIFY(TestPeers::docker(
            {QStringLiteral("tag"), QStringLiteral("berth-test/busybox:1.0"), reference}));
        QVERIFY(TestPeers::docker({QStringLiteral("save"), QStringLiteral("-o"), file, reference}));
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), reference}));

        MainWindow window(engineOptions());
        QVERIFY(showAndList(window));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!listed(window.imagesModel(), reference));
        QTRY_VERIFY(action(window, "loadImagesAction")->isEnabled());

        QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(QStringLiteral("loadImagesDialog"))));
        dialog->selectFile(file);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // as the Open button does
        // The archive's contents first; nothing is loaded until Load is pressed.
        QMessageBox *preview = nullptr;
        QTRY_VERIFY(
            (preview = window.findChild<QMessageBox *>(QStringLiteral("loadPreviewDialog"))));
        auto *load = preview->findChild<QPushButton *>(QStringLiteral("loadButton"));
        QTRY_VERIFY_WITH_TIMEOUT(load->isEnabled(), 60000);
        QVERIFY2(preview->informativeText().contains(reference),
                 qPrintable(preview->informativeText()));
        QVERIFY(!listed(window.imagesModel(), reference));
        load->click();
        QTRY_VERIFY_WITH_TIMEOUT(listed(window.imagesModel(), reference), 60000);
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), reference}));
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
        for (const char *name :
             {"pullImageAction", "loadImagesAction", "pushImageAction", "saveImagesAction"}) {
            QVERIFY2(action(window, name), name);
            QVERIFY2(!action(window, name)->isEnabled(), name);
        }
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
