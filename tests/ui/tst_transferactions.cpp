// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard's equivalents of the drops, in the window against the private dockerd and
// the open registry: Retag… (F2) on a local image, Push To… with the destination chosen in
// the Sources, a drop on a repository of the Sources (its dialog accepted with Enter), a
// .tar.zst dropped on the engine (loaded), then on a repository's tags Copy To…, Retag… (F2)
// and Pull; each checked with docker and skopeo.
#include "dockerdcontrol.h"
#include "imageselection.h"
#include "jobs/jobqueue.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"
#include "ui/retagdialog.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace Berth;
using namespace Berth::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString Seed = u"berth-test/busybox:1.0"_s;

QString registryHost()
{
    return TestEnv::readState(u"registry_open"_s, u"url"_s).remove(u"http://"_s);
}

// The tags skopeo lists for a repository of the open registry.
QStringList listTags(const QString &repository)
{
    const auto out =
        TestPeers::run(u"skopeo"_s, {u"list-tags"_s, u"--tls-verify=false"_s,
                                     u"docker://"_s + registryHost() + u'/' + repository});
    QStringList tags;
    const QJsonArray array =
        QJsonDocument::fromJson(out.value_or(QString()).toUtf8()).object()[u"Tags"_s].toArray();
    for (const QJsonValue &tag : array)
        tags.append(tag.toString());
    return tags;
}

bool hasLocal(const QString &reference)
{
    return TestPeers::docker({u"image"_s, u"inspect"_s, reference}).has_value();
}

// The dialog of that name once it shows.
RetagDialog *dialogNamed(MainWindow &window, const QString &name)
{
    RetagDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window.findChild<RetagDialog *>(name);
            return dialog && dialog->isVisible();
        },
        10000);
    return shown ? dialog : nullptr;
}

// Types `reference` over the prefilled one and presses Enter.
void acceptWith(RetagDialog *dialog, const QString &reference)
{
    auto *field = dialog->findChild<QLineEdit *>(u"retagReference"_s);
    field->setFocus();
    if (!reference.isEmpty())
        field->setText(reference);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace

class TestTransferActions final : public QObject
{
    Q_OBJECT

    QString m_tag = QString::number(QCoreApplication::applicationPid());
    DockerdControl::MadeTags *m_made = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_finished;

    // Waits for the next job to end and says whether it succeeded.
    bool nextJobSucceeded()
    {
        const qsizetype before = m_finished->size();
        if (!QTest::qWaitFor([&] { return m_finished->size() > before; }, 120000))
            return false;
        const auto record = m_finished->last().first().value<Jobs::JobRecord>();
        if (record.state != Jobs::JobState::Succeeded)
            qWarning() << "job failed:" << (record.error ? record.error->message() : QString());
        return record.state == Jobs::JobState::Succeeded;
    }

    // F2 acts where the focus is: the window active again (a dialog just closed) and the
    // table focused.
    bool focus(QWidget *widget)
    {
        m_window->activateWindow();
        widget->setFocus();
        return QTest::qWaitFor([&] { return QApplication::focusWidget() == widget; }, 10000);
    }

    // Opens a repository's tags and selects `tag` once listed.
    bool selectRemote(const QString &reference)
    {
        m_window->openReference(reference);
        RemoteTagsView *tags = m_window->remoteTagsView();
        return QTest::qWaitFor(
            [&] { return tags->table()->selectionModel()->selectedRows().size() == 1; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        BERTH_REQUIRE_SERVICE(registryHost(), "registry_open");
        m_made = new DockerdControl::MadeTags(TestEnv::dockerHost());
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        m_finished =
            std::make_unique<QSignalSpy>(m_window->jobQueue(), &Jobs::JobQueue::jobFinished);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showSource(registryHost()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        delete m_made;
    }

    void retagLocalWithF2()
    {
        const QString local = m_made->make(u"dnd-local"_s, Seed);
        QVERIFY(!local.isEmpty());
        const QString renamed = u"berth-test/dnd-renamed:"_s + m_tag;
        m_made->forget(renamed);
        QVERIFY(m_window->showSource(u"local"_s));
        QVERIFY(QTest::qWaitFor([&] { return TestUi::selectImage(*m_window, local); }, 30000));
        auto *view = m_window->findChild<QTableView *>(u"localImagesView"_s);
        QVERIFY(focus(view));
        QTest::keyClick(view, Qt::Key_F2);
        RetagDialog *dialog = dialogNamed(*m_window, u"tagDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->reference(), local); // prefilled with the image's own name
        acceptWith(dialog, renamed);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(),
                                  u"Tagged %1 as %2"_s.arg(local, renamed), 30000);
        QVERIFY(hasLocal(renamed));
        TestPeers::docker({u"rmi"_s, renamed});
    }

    void pushToChosenInTheSources()
    {
        const QString local = m_made->make(u"dnd-push"_s, Seed);
        QVERIFY(!local.isEmpty());
        QVERIFY(m_window->showSource(u"local"_s));
        QVERIFY(QTest::qWaitFor([&] { return TestUi::selectImage(*m_window, local); }, 30000));
        m_window->findChild<QAction *>(u"pushToAction"_s)->trigger();
        RetagDialog *dialog = dialogNamed(*m_window, u"pushToDialog"_s);
        QVERIFY(dialog);
        // The open registry's row in the chooser: the reference becomes its.
        QTreeView *tree = dialog->destinations();
        SourcesModel *sources = m_window->sourcesTree()->sourcesModel();
        tree->setFocus();
        tree->setCurrentIndex(sources->registryIndex(registryHost()));
        const QString pushed = registryHost() + local.section(u':', 0, 0).prepend(u'/') + u':' +
                               local.section(u':', 1);
        QCOMPARE(dialog->reference(), pushed);
        acceptWith(dialog, {});
        QVERIFY(nextJobSucceeded());
        TestPeers::docker({u"rmi"_s, pushed}); // the tag + push leaves its tag on the engine
        QVERIFY(listTags(local.section(u':', 0, 0)).contains(local.section(u':', 1)));
    }

    // What a drop of a local row on a repository does in the window: the dialog prefilled
    // with the repository, Enter, the tag + push.
    void dropOnRepository()
    {
        const QString local = m_made->make(u"dnd-drop"_s, Seed);
        QVERIFY(!local.isEmpty());
        SourcesModel *sources = m_window->sourcesTree()->sourcesModel();
        const QModelIndex repository = sources->addRepository(registryHost(), u"dnd/target"_s);
        ImageRefsPayload payload;
        payload.source = m_window->imagesModel()->engineUrl();
        payload.images = {{local, {}, {}, false}};
        const std::unique_ptr<QMimeData> data(payload.toMimeData());
        QVERIFY(sources->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, repository));
        QVERIFY(sources->dropMimeData(data.get(), Qt::CopyAction, -1, -1, repository));
        RetagDialog *dialog = dialogNamed(*m_window, u"retagDialog"_s);
        QVERIFY(dialog);
        const QString target = registryHost() + u"/dnd/target:"_s + local.section(u':', 1);
        QCOMPARE(dialog->reference(), target);
        acceptWith(dialog, {});
        QVERIFY(nextJobSucceeded());
        TestPeers::docker({u"rmi"_s, target}); // the tag + push leaves its tag on the engine
        QVERIFY(listTags(u"dnd/target"_s).contains(local.section(u':', 1)));
    }

    // An archive from the file manager dropped on the engine: the load job, zstd read by Berth.
    void dropArchiveOnEngine()
    {
        const QString local = m_made->make(u"dnd-load"_s, Seed);
        QVERIFY(!local.isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString archive = dir.filePath(u"image.tar.zst"_s);
        QVERIFY(TestPeers::run(
            u"bash"_s,
            {u"-c"_s,
             u"set -o pipefail; /usr/bin/docker -H \"$0\" save \"$1\" | zstd -q -o \"$2\""_s,
             TestEnv::dockerHost(), local, archive}));
        QVERIFY(TestPeers::docker({u"rmi"_s, local}));
        QVERIFY(!hasLocal(local));
        SourcesModel *sources = m_window->sourcesTree()->sourcesModel();
        const QModelIndex engine = sources->engineIndex(m_window->imagesModel()->engineUrl());
        QVERIFY(engine.isValid());
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(archive)});
        QCOMPARE(sources->planDrop(&data, -1, -1, engine).action, DropPlan::Action::Load);
        QVERIFY(sources->dropMimeData(&data, Qt::CopyAction, -1, -1, engine));
        QVERIFY(nextJobSucceeded());
        QVERIFY(hasLocal(local));
    }

    void copyRetagAndPullARemoteTag()
    {
        const QString local = m_made->make(u"dnd-remote"_s, Seed);
        QVERIFY(!local.isEmpty());
        const QString tag = local.section(u':', 1);
        const QString remote = registryHost() + u"/dnd/remote:"_s + tag;
        QVERIFY(TestPeers::docker({u"tag"_s, local, remote}));
        m_made->forget(remote);
        QVERIFY(TestPeers::docker({u"push"_s, remote}));
        QVERIFY(TestPeers::docker({u"rmi"_s, remote}));

        // Copy To…: the copy's destination typed.
        QVERIFY(selectRemote(remote));
        auto *tags = m_window->remoteTagsView()->table();
        tags->setFocus();
        m_window->findChild<QAction *>(u"copyTagToAction"_s)->trigger();
        RetagDialog *copy = dialogNamed(*m_window, u"copyToDialog"_s);
        QVERIFY(copy);
        QCOMPARE(copy->reference(), remote);
        acceptWith(copy, registryHost() + u"/dnd/copied:"_s + tag);
        QVERIFY(nextJobSucceeded());
        QVERIFY(listTags(u"dnd/copied"_s).contains(tag));

        // Retag… (F2) in the tags table: a new tag in the same repository.
        QVERIFY(selectRemote(remote));
        QVERIFY(focus(tags));
        QTest::keyClick(tags, Qt::Key_F2);
        RetagDialog *retag = dialogNamed(*m_window, u"registryRetagDialog"_s);
        QVERIFY(retag);
        acceptWith(retag, registryHost() + u"/dnd/remote:renamed-"_s + tag);
        QVERIFY(nextJobSucceeded());
        QVERIFY(listTags(u"dnd/remote"_s).contains(u"renamed-"_s + tag));

        // Pull onto the window's engine.
        QVERIFY(!hasLocal(remote));
        QVERIFY(selectRemote(remote));
        m_window->findChild<QAction *>(u"pullTagsAction"_s)->trigger();
        QVERIFY(nextJobSucceeded());
        QVERIFY(hasLocal(remote));
        TestPeers::docker({u"rmi"_s, remote});
    }
};

QTEST_MAIN(TestTransferActions)
#include "tst_transferactions.moc"
