// SPDX-License-Identifier: GPL-3.0-or-later
// The window's Build… against the private dockerd: the dialog from the keyboard takes a
// folder and valid tags only, the build runs as a job whose log the Jobs dock shows
// (read-only, selectable), the image is the engine's (checked with the docker CLI), the
// fields are offered again next time, and a BuildKit-only Dockerfile fails with the reason.
#include "testenv.h"
#include "testpeers.h"
#include "ui/builddialog.h"
#include "ui/jobmodelroles.h"
#include "ui/jobsdock.h"
#include "ui/jobsmodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Berth;
using namespace Berth::Ui;
using Berth::Jobs::JobState;

namespace {

MainWindow::Options options()
{
    MainWindow::Options options;
    options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
    return options;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The Build dialog on screen, if any (an accepted one may linger until deleted).
BuildDialog *shownBuildDialog(MainWindow &window)
{
    for (BuildDialog *dialog : window.findChildren<BuildDialog *>(QStringLiteral("buildDialog"))) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestBuildWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_context;
    QString m_tag;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        QVERIFY(m_context.isValid());
        const QDir dir(m_context.path());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("Dockerfile")),
                          "FROM berth-test/busybox:1.0\nARG WHO\nLABEL who=$WHO\nCOPY . /ctx/\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("hello.txt")), "hello\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".dockerignore")), "secret\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("secret")), "not sent\n"));
        m_tag = QStringLiteral("berth-build/window:") +
                QString::number(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        if (!m_tag.isEmpty())
            TestPeers::docker({QStringLiteral("rmi"), QStringLiteral("-f"), m_tag});
    }

    void buildFromTheImageMenu()
    {
        MainWindow window(options());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("buildImageAction"));
        QVERIFY(action);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 15000);
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        BuildDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownBuildDialog(window)));
        auto *context = dialog->findChild<QLineEdit *>(QStringLiteral("buildContext"));
        auto *tags = dialog->findChild<QLineEdit *>(QStringLiteral("buildTags"));
        auto *args = dialog->findChild<QPlainTextEdit *>(QStringLiteral("buildArgs"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(context && tags && args && ok);
        context->clear();
        QTest::keyClicks(context, m_context.path() + QStringLiteral("/missing"));
        QVERIFY(!ok->isEnabled());
        context->clear();
        QTest::keyClicks(context, m_context.path());
        QVERIFY(ok->isEnabled());
        tags->clear();
        QTest::keyClicks(tags, QStringLiteral("No Such/Name"));
        QVERIFY(!ok->isEnabled());
        tags->clear();
        QTest::keyClicks(tags, m_tag);
        QVERIFY(ok->isEnabled());
        args->clear();
        QTest::keyClicks(args, QStringLiteral("WHO=window"));
        QTest::keyClick(context, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());

        JobsDock *dock = window.jobsDock();
        JobsModel *model = dock->model();
        QTRY_COMPARE(model->rowCount(), 1);
        const QPersistentModelIndex job = model->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(Jobs::isFinished(JobState(job.data(JobStateRole).toInt())),
                                 120000);
        QCOMPARE(JobState(job.data(JobStateRole).toInt()), JobState::Succeeded);

        // The image is the engine's, with the argument and the context .dockerignore left.
        const auto id = TestPeers::docker(
            {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
             QStringLiteral("{{.Id}} {{index .Config.Labels \"who\"}}"), m_tag});
        QVERIFY(id);
        QCOMPARE(id->trimmed(), model->record(job)->digest + QStringLiteral(" window"));

        // The dock shows the build's log: read-only, selectable. The build succeeded and
        // nothing else runs: the panel is one line, opened with its toggle.
        QTRY_VERIFY(dock->isCompact());
        dock->findChild<QToolButton *>(QStringLiteral("jobsIdleExpandButton"))->click();
        dock->view()->setCurrentIndex(job);
        auto *log = dock->findChild<QPlainTextEdit *>(QStringLiteral("jobLog"));
        QVERIFY(log);
        QTRY_VERIFY(log->isVisible());
        QVERIFY(log->isReadOnly());
        QVERIFY(log->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(log->toPlainText().contains(QStringLiteral("Step 4/4 : COPY . /ctx/")));
        QVERIFY(log->toPlainText().contains(QStringLiteral("Successfully tagged ") + m_tag));

        // The fields come back next time.
        // A window manager gives the window back its activation; offscreen, the test does.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY((dialog = shownBuildDialog(window)));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("buildContext"))->text(),
                 m_context.path());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("buildTags"))->text(), m_tag);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("buildArgs"))->toPlainText(),
                 QStringLiteral("WHO=window"));
        dialog->reject();
    }

    void buildKitOnlyFailsWithTheReason()
    {
        QTemporaryDir context;
        QVERIFY(context.isValid());
        QVERIFY(writeFile(QDir(context.path()).filePath(QStringLiteral("Dockerfile")),
                          "FROM berth-test/busybox:1.0\nRUN --mount=type=cache,target=/c true\n"));
        MainWindow window(options());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.findChild<QAction *>(QStringLiteral("buildImageAction"))->isEnabled(), 15000);
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        BuildDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownBuildDialog(window)));
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("buildContext"));
        field->clear();
        QTest::keyClicks(field, context.path());
        dialog->findChild<QLineEdit *>(QStringLiteral("buildTags"))->clear();
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        JobsModel *model = window.jobsDock()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        const QPersistentModelIndex job = model->index(0, 0);
        QTRY_COMPARE_WITH_TIMEOUT(JobState(job.data(JobStateRole).toInt()), JobState::Failed,
                                  30000);
        QVERIFY(job.data(ErrorTextRole)
                    .toString()
                    .contains(QStringLiteral(
                        "needs BuildKit (line 2: RUN --mount), which Berth does not speak yet")));
    }
};

QTEST_MAIN(TestBuildWindow)
#include "tst_buildwindow.moc"
