// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the window is reached with Tab: focus walked with key clicks from the
// Sources tree around the window and back, on the local view (the Jobs panel a strip, then
// open on a failed job), with the Jobs panel's History
// tab and a failed job, and on a repository's tags (the registry_open fixture's; the engine
// is absent, the window shows its failure).
#include "jobs/jobqueue.h"
#include "testenv.h"
#include "ui/detailspane.h"
#include "ui/jobsdock.h"
#include "ui/mainwindow.h"
#include "ui/remotetagsview.h"
#include "ui/sourcestree.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Berth;
using namespace Berth::Ui;

namespace {

QString describe(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() +
           (widget->parentWidget() ? u" in " + widget->parentWidget()->objectName() : QString());
}

// The widgets a Tab may stop at: shown, enabled, taking focus by Tab.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> out;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && !widget->focusProxy() &&
            (widget->focusPolicy() & Qt::TabFocus) && widget->window() == window)
            out.append(widget);
    }
    return out;
}

// Tab from the focused widget until focus is back on it; the widgets focused on the way.
QSet<QWidget *> walk(QWidget *start)
{
    QSet<QWidget *> seen;
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start)
        return seen;
    for (int step = 0; step < 200; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        seen.insert(now);
    }
    seen.insert(start);
    return seen;
}

QStringList unreached(QWidget *window, const QSet<QWidget *> &seen)
{
    QStringList out;
    for (QWidget *widget : tabStops(window)) {
        if (!seen.contains(widget))
            out.append(describe(widget));
    }
    return out;
}

} // namespace

class TestTabFocus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyControlReachedWithTab()
    {
        MainWindow::Options options;
        options.endpoint =
            *Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth.sock"));
        MainWindow window(options);
        window.resize(1200, 900);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *sources = window.sourcesTree();
        // No job yet: the Jobs panel is its one-line strip, whose buttons Tab reaches.
        QVERIFY(window.jobsDock()->isCompact());
        QSet<QWidget *> idle = walk(sources);
        QVERIFY2(unreached(&window, idle).isEmpty(),
                 qPrintable(unreached(&window, idle).join(u", ")));
        QVERIFY(
            idle.contains(window.findChild<QWidget *>(QStringLiteral("jobsIdleHistoryButton"))));
        QVERIFY(idle.contains(window.findChild<QWidget *>(QStringLiteral("jobsIdleExpandButton"))));

        // A failed job: the Jobs panel's Retry and Clear Finished buttons are enabled.
        window.jobQueue()->setRetryBackoff(std::chrono::milliseconds(1));
        Jobs::JobSpec pull;
        pull.kind = Jobs::JobKind::Pull;
        pull.endpoint = options.endpoint;
        pull.references = {QStringLiteral("berth-test/none:1")};
        window.jobQueue()->enqueue(pull);
        QAction *clearFinished = window.jobsDock()->clearFinishedAction();
        QTRY_VERIFY_WITH_TIMEOUT(clearFinished->isEnabled(), 30000); // a hang guard only
        QWidget *clearButton = nullptr;
        for (QToolButton *button : window.jobsDock()->findChildren<QToolButton *>()) {
            if (button->defaultAction() == clearFinished)
                clearButton = button;
        }
        QVERIFY(clearButton);

        // The local view: Sources, the filter, the images table, Details, the Jobs panel.
        QSet<QWidget *> seen = walk(sources);
        QVERIFY2(seen.size() > 3, qPrintable(QString::number(seen.size())));
        QVERIFY2(unreached(&window, seen).isEmpty(),
                 qPrintable(unreached(&window, seen).join(u", ")));
        QVERIFY(seen.contains(window.findChild<QWidget *>(QStringLiteral("localImagesView"))));
        QVERIFY(seen.contains(window.findChild<QWidget *>(QStringLiteral("jobsView"))));
        QVERIFY(seen.contains(clearButton));

        // The Jobs panel's History tab: its tree and buttons.
        auto *jobsTabs = window.jobsDock()->findChild<QTabWidget *>(QStringLiteral("jobsTabs"));
        QVERIFY(jobsTabs);
        jobsTabs->setCurrentIndex(1);
        seen = walk(sources);
        QVERIFY2(unreached(&window, seen).isEmpty(),
                 qPrintable(unreached(&window, seen).join(u", ")));
        QVERIFY(seen.contains(window.findChild<QWidget *>(QStringLiteral("jobHistoryView"))));

        // A repository's tags (one the registry lacks: the failure is shown in the view).
        const QString host =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(host, "registry_open");
        QSignalSpy ended(&window, &MainWindow::remoteListingEnded);
        window.openReference(host + QStringLiteral("/berth-tabs/none"));
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000); // a hang guard only
        seen = walk(sources);
        QVERIFY2(unreached(&window, seen).isEmpty(),
                 qPrintable(unreached(&window, seen).join(u", ")));
        QVERIFY(seen.contains(window.remoteTagsView()->filter()));
        QVERIFY(seen.contains(window.remoteTagsView()->table()));
    }
};

QTEST_MAIN(TestTabFocus)
#include "tst_tabfocus.moc"
