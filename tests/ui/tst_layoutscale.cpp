// SPDX-License-Identifier: GPL-3.0-or-later
// The window and each of its dialogs at the scale of QT_SCALE_FACTOR (ctest runs this twice:
// 1 and 2), offscreen on a large screen, against the private dockerd and a repository of the
// open registry: each is grabbed into a screenshot of twice (or once) its logical size, saved
// in the working folder, and audited by LayoutAudit (nothing smaller than its layout's least,
// nothing clipped, every label, button and header title whole, no table scrolling sideways,
// nothing overlapping). Every finding is printed with the widget's object path.
#include "imageselection.h"
#include "layoutaudit.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/detailspane.h"
#include "ui/mainwindow.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QWindow>

#include <memory>

using namespace Berth;
using namespace Berth::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString Seed = u"berth-test/busybox:1.0"_s;
const QString OtherSeed = u"berth-test/web:1.0"_s;

QString registryHost()
{
    return TestEnv::readState(u"registry_open"_s, u"url"_s).remove(u"http://"_s);
}

qreal expectedScale()
{
    bool ok = false;
    const qreal scale = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble(&ok);
    return ok ? scale : 1.0;
}

// The visible top-level window of that object name or class, once it shows.
QWidget *shownWindow(const QString &nameOrClass)
{
    QWidget *found = nullptr;
    // Null when it never shows: the caller's check says which.
    (void)QTest::qWaitFor(
        [&] {
            const QWidgetList windows = QApplication::topLevelWidgets();
            for (QWidget *w : windows) {
                if (w->isVisible() && (w->objectName() == nameOrClass ||
                                       QLatin1String(w->metaObject()->className()) == nameOrClass))
                    found = w;
            }
            return found != nullptr;
        },
        15000);
    return found;
}

void closeWindow(QWidget *window)
{
    if (auto *dialog = qobject_cast<QDialog *>(window))
        dialog->reject();
    else
        window->close();
}

} // namespace

class TestLayoutScale final : public QObject
{
    Q_OBJECT

    qreal m_scale = expectedScale();
    QString m_remote; // a tag of the open registry
    std::unique_ptr<MainWindow> m_window;

    // Grabs `top` into NAME-scaleN.png in the working folder, then audits its layout.
    void check(QWidget *top, const QString &name)
    {
        QVERIFY2(top, qPrintable(name + u" did not show"_s));
        QVERIFY(QTest::qWaitForWindowExposed(top));
        // Layouts and column widths settle a few passes of the event loop after a window
        // shows or its content changes (posted layout requests, the tables' column fitting):
        // a defect is one that stays. The ceiling only keeps a failing run from hanging.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(); // what is due now: the fitting of a table just shown
        QStringList findings;
        (void)QTest::qWaitFor(
            [&] {
                findings = LayoutAudit::audit(top);
                return findings.isEmpty();
            },
            5000);
        QCOMPARE(top->windowHandle()->devicePixelRatio(), m_scale);
        QCOMPARE(top->devicePixelRatio(), m_scale);
        const QPixmap shot = top->grab();
        QCOMPARE(shot.size(), top->size() * m_scale);
        const QString file = QDir::current().filePath(
            u"layout-%1-scale%2.png"_s.arg(name, QString::number(m_scale)));
        QVERIFY2(shot.save(file), qPrintable(file));
        for (const QString &finding : findings)
            qWarning().noquote() << name << "at scale" << m_scale << "-" << finding;
        QVERIFY2(
            findings.isEmpty(),
            qPrintable(u"%1 layout defects in %2 (listed above)"_s.arg(findings.size()).arg(name)));
    }

    // Triggers the window's action and checks the window it opens.
    void checkAction(const char *action, const QString &shows, const QString &name)
    {
        QAction *a = m_window->findChild<QAction *>(QLatin1String(action));
        QVERIFY2(a, action);
        QVERIFY2(a->isEnabled(), action);
        a->trigger();
        QWidget *top = shownWindow(shows);
        check(top, name);
        if (top)
            closeWindow(top);
    }

    bool selectLocal(const QStringList &references)
    {
        auto *view = m_window->findChild<QTableView *>(u"localImagesView"_s);
        if (!m_window->showSource(u"local"_s))
            return false;
        return QTest::qWaitFor(
            [&] {
                view->clearSelection();
                for (const QString &reference : references) {
                    for (int row = 0; row < view->model()->rowCount(); ++row) {
                        const QModelIndex index = view->model()->index(row, 0);
                        if (index.data(ReferenceRole).toString() == reference)
                            view->selectionModel()->select(index, QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
                    }
                }
                view->setFocus();
                return view->selectionModel()->selectedRows().size() == references.size();
            },
            30000);
    }

    // The Details pane shows the selection's details (not "Loading…"), the layers' rows
    // among them, and, when `files`, the Layers tab's file tree its files.
    bool detailsShown(bool files = false)
    {
        DetailsPane *details = m_window->detailsPane();
        auto *layers = details->findChild<QTableView *>(u"detailsLayersView"_s);
        auto *tree = details->findChild<QTreeView *>(u"fileTree"_s);
        return QTest::qWaitFor(
            [&] {
                return !details->isLoading() && layers->model()->rowCount() > 0 &&
                       (!files || tree->model()->rowCount() > 0);
            },
            30000);
    }

    // The repository of m_remote open, its tag selected and its details (media type, size)
    // listed.
    bool showRemote()
    {
        m_window->openReference(m_remote);
        QTableView *tags = m_window->remoteTagsView()->table();
        return QTest::qWaitFor(
            [&] {
                const QModelIndexList rows = tags->selectionModel()->selectedRows();
                return rows.size() == 1 &&
                       rows.first().data(RemoteTagsModel::HasDetailsRole).toBool();
            },
            30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        BERTH_REQUIRE_SERVICE(registryHost(), "registry_open");
        // A tag of the open registry whose details show a long media type.
        m_remote = registryHost() + u"/layout/busybox:scale"_s + QString::number(m_scale);
        QVERIFY(TestPeers::docker({u"tag"_s, Seed, m_remote}));
        QVERIFY(TestPeers::docker({u"push"_s, m_remote}));
        QVERIFY(TestPeers::docker({u"rmi"_s, m_remote}));

        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        m_window = std::make_unique<MainWindow>(options);
        QSignalSpy refreshed(m_window.get(), &MainWindow::refreshFinished);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->refresh();
        QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 15000));
    }

    void cleanupTestCase() { m_window.reset(); }

    // The window at its default size with the engine's images.
    void window()
    {
        QVERIFY(selectLocal({Seed}));
        QVERIFY(detailsShown());
        check(m_window.get(), u"window"_s);
    }

    // The Details pane's other tabs and the whole Jobs panel, on the local image.
    void detailsTabsAndJobsPanel()
    {
        QVERIFY(selectLocal({Seed}));
        auto *tabs = m_window->findChild<QTabWidget *>(u"detailsTabs"_s);
        QVERIFY(tabs);
        QVERIFY(detailsShown());
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QVERIFY(detailsShown(tab == tabs->count() - 1)); // the files load on the Layers tab
            check(m_window.get(), u"window-details-"_s + QString::number(tab));
            if (QTest::currentTestFailed())
                break;
        }
        tabs->setCurrentIndex(0); // the next tests' window shows the Overview
        if (QTest::currentTestFailed())
            return;
        auto *expand = m_window->findChild<QToolButton *>(u"jobsIdleExpandButton"_s);
        QVERIFY(expand);
        expand->click();
        auto *jobsTabs = m_window->findChild<QTabWidget *>(u"jobsTabs"_s);
        QTRY_VERIFY_WITH_TIMEOUT(jobsTabs->isVisible(), 10000);
        check(m_window.get(), u"window-jobs"_s);
        m_window->findChild<QAction *>(u"collapseJobsPanelAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!jobsTabs->isVisible(), 10000);
    }

    // A repository's tags at the default width: every column on screen, none scrolled to.
    void repositoryTags()
    {
        QVERIFY(showRemote());
        QVERIFY(detailsShown());
        check(m_window.get(), u"window-tags"_s);
    }

    void settingsPages()
    {
        SettingsDialog *dialog = m_window->showSettings();
        QVERIFY(dialog);
        auto *pages = dialog->findChild<QListWidget *>(u"settingsPageList"_s);
        QVERIFY(pages);
        for (int row = 0; row < pages->count(); ++row) {
            pages->setCurrentRow(row);
            check(dialog, u"settings-"_s + pages->item(row)->text().toLower());
            if (QTest::currentTestFailed())
                break;
        }
        dialog->reject();
    }

    void accountsAndLogin()
    {
        m_window->findChild<QAction *>(u"accountsAction"_s)->trigger();
        QWidget *accounts = shownWindow(u"accountsDialog"_s);
        check(accounts, u"accounts"_s);
        QVERIFY(accounts);
        auto *add = accounts->findChild<QPushButton *>(u"addButton"_s);
        QVERIFY(add);
        add->click();
        QWidget *login = shownWindow(u"Berth::Ui::LoginDialog"_s);
        check(login, u"login"_s);
        if (login)
            closeWindow(login);
        closeWindow(accounts);
    }

    void pull() { checkAction("pullImageAction", u"pullDialog"_s, u"pull"_s); }

    void retagAndPushTo()
    {
        QVERIFY(selectLocal({Seed}));
        checkAction("retagImageAction", u"tagDialog"_s, u"retag"_s);
        QVERIFY(selectLocal({Seed}));
        checkAction("pushToAction", u"pushToDialog"_s, u"push-to"_s);
    }

    void copyTo()
    {
        QVERIFY(showRemote());
        checkAction("copyTagToAction", u"copyToDialog"_s, u"copy-to"_s);
    }

    void build() { checkAction("buildImageAction", u"buildDialog"_s, u"build"_s); }

    void run()
    {
        QVERIFY(selectLocal({Seed}));
        checkAction("runAction", u"runDialog"_s, u"run"_s);
    }

    void compare()
    {
        QVERIFY(selectLocal({Seed, OtherSeed}));
        checkAction("compareAction", u"compareDialog"_s, u"compare"_s);
    }

    void about() { checkAction("aboutAction", u"aboutDialog"_s, u"about"_s); }
};

QTEST_MAIN(TestLayoutScale)
#include "tst_layoutscale.moc"
