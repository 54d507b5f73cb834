// SPDX-License-Identifier: GPL-3.0-or-later
// Run… and Open Shell on the private dockerd: the dialog's checks, the panel's output and
// exit code, an image the engine lacks pulled from the open registry as a job, and the
// terminal command Open Shell starts (a stand-in that records its arguments).
#include "jobs/jobqueue.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/containeractions.h"
#include "ui/imagemodelroles.h"
#include "ui/rundialog.h"
#include "ui/runpanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

const QString Image = QStringLiteral("berth-test/busybox:1.0");

Engine::EngineEndpoint testEngine()
{
    return Engine::EngineEndpoint::parse(TestEnv::dockerHost()).value();
}

// A window with one image row selected, as the main window's table would have it.
struct ImageTable
{
    QWidget window;
    QStandardItemModel model;
    QTableView *view = new QTableView(&window);

    ImageTable()
    {
        auto *item = new QStandardItem(Image);
        item->setData(Image, ReferenceRole);
        model.appendRow(item);
        view->setModel(&model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        window.show();
    }
    void select() { view->selectRow(0); }
};

} // namespace

class TestRunActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dialogRefusesWhatItCannotRead()
    {
        RunDialog dialog(Image);
        auto *ports = dialog.findChild<QLineEdit *>(QStringLiteral("runPorts"));
        auto *command = dialog.findChild<QLineEdit *>(QStringLiteral("runCommand"));
        auto *environment = dialog.findChild<QPlainTextEdit *>(QStringLiteral("runEnvironment"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ports && command && environment && ok);
        QVERIFY(ok->isEnabled());
        ports->setText(QStringLiteral("8080:"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("runProblem"))->text().isEmpty());
        ports->setText(QStringLiteral("8080:80, 53:53/udp"));
        QVERIFY(ok->isEnabled());
        command->setText(QStringLiteral("sh -c 'echo a b'"));
        environment->setPlainText(QStringLiteral("A=1\n\nB=2\n"));
        const Engine::ContainerRunSpec spec = dialog.spec();
        QCOMPARE(spec.command, (QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("echo a b")}));
        QCOMPARE(spec.environment, (QStringList{QStringLiteral("A=1"), QStringLiteral("B=2")}));
        QCOMPARE(spec.ports, (QStringList{QStringLiteral("8080:80"), QStringLiteral("53:53/udp")}));
        QVERIFY(spec.autoRemove);
    }

    void runShowsOutputAndExitCode()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        ImageTable table;
        ContainerActions actions(table.view, &table.window);
        actions.setEndpoint(testEngine());
        actions.setConnected(true);
        QVERIFY(!actions.runAction()->isEnabled()); // nothing selected yet
        table.select();
        QVERIFY(actions.runAction()->isEnabled());

        actions.runAction()->trigger();
        auto *dialog = table.window.findChild<RunDialog *>(QStringLiteral("runDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("runCommand"))
            ->setText(QStringLiteral("/bin/busybox sh -c 'echo from-out; echo from-err >&2; "
                                     "echo $GREETING; exit 5'"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("runEnvironment"))
            ->setPlainText(QStringLiteral("GREETING=hello"));
        dialog->accept();

        auto *panel = table.window.findChild<RunPanel *>(QStringLiteral("runPanel"));
        QVERIFY(panel);
        QSignalSpy finished(panel, &RunPanel::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(panel->exitCode(), std::optional<int>(5));
        const QString output =
            panel->findChild<QPlainTextEdit *>(QStringLiteral("runOutput"))->toPlainText();
        QVERIFY2(output.contains(QStringLiteral("from-out")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("from-err")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("hello")), qPrintable(output));
        const QString status = panel->findChild<QLabel *>(QStringLiteral("runStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("5")), qPrintable(status));
    }

    void runSaysWhyItCouldNotRun()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        Engine::ContainerRunSpec spec;
        spec.image = QStringLiteral("berth-test/no-such-image:1");
        spec.autoRemove = true;
        RunPanel panel(testEngine(), spec);
        QSignalSpy finished(&panel, &RunPanel::finished);
        panel.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(!panel.exitCode());
        const QString status = panel.findChild<QLabel *>(QStringLiteral("runStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("No such image")), qPrintable(status));
    }

    void runPullsAMissingImageAsAJob()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        const QString registry =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(registry, "registry_open");
        // On the registry, not on the engine.
        const QString image =
            registry +
            QStringLiteral("/run-ui/pulled-%1:1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestPeers::docker({QStringLiteral("tag"), Image, image}));
        QVERIFY(TestPeers::docker({QStringLiteral("push"), QStringLiteral("-q"), image}));
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), image}));
        const auto removeImage = qScopeGuard([&] {
            TestPeers::docker({QStringLiteral("rmi"), image});
        });

        Jobs::JobQueue jobs(Jobs::JobQueue::Limits::all(1));
        QSignalSpy added(&jobs, &Jobs::JobQueue::jobAdded);
        Engine::ContainerRunSpec spec;
        spec.image = image;
        spec.command = {QStringLiteral("/bin/busybox"), QStringLiteral("echo"),
                        QStringLiteral("pulled-and-ran")};
        spec.autoRemove = true;

        // Never: the engine's answer, and no job.
        spec.pull = Engine::PullPolicy::Never;
        RunPanel refused(testEngine(), spec, &jobs);
        QSignalSpy refusedEnd(&refused, &RunPanel::finished);
        refused.start();
        QVERIFY(refusedEnd.wait(60000));
        const QString why = refused.findChild<QLabel *>(QStringLiteral("runStatus"))->text();
        QVERIFY2(why.contains(QStringLiteral("No such image")), qPrintable(why));
        QCOMPARE(added.size(), 0);

        // Missing (the default): a pull job, then the run.
        spec.pull = Engine::PullPolicy::Missing;
        RunPanel panel(testEngine(), spec, &jobs);
        QSignalSpy finished(&panel, &RunPanel::finished);
        panel.start();
        QVERIFY(finished.wait(120000));
        const QString status = panel.findChild<QLabel *>(QStringLiteral("runStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("code 0")), qPrintable(status));
        QCOMPARE(panel.exitCode(), std::optional<int>(0));
        QCOMPARE(added.size(), 1);
        const auto job = added.first().first().value<Jobs::JobRecord>();
        QCOMPARE(job.spec.kind, Jobs::JobKind::Pull);
        QCOMPARE(job.spec.references, QStringList{image});
        QCOMPARE(jobs.job(job.id)->state, Jobs::JobState::Succeeded);
        const QString output =
            panel.findChild<QPlainTextEdit *>(QStringLiteral("runOutput"))->toPlainText();
        QVERIFY2(output.contains(QStringLiteral("Unable to find image '%1' locally").arg(image)),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("pulled-and-ran")), qPrintable(output));
        QVERIFY(TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"), image}));

        // Always: a pull job even for an image the engine has, then the run.
        spec.pull = Engine::PullPolicy::Always;
        RunPanel again(testEngine(), spec, &jobs);
        QSignalSpy againEnd(&again, &RunPanel::finished);
        again.start();
        QVERIFY(againEnd.wait(120000));
        QCOMPARE(again.exitCode(), std::optional<int>(0));
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.last().first().value<Jobs::JobRecord>().spec.kind, Jobs::JobKind::Pull);
    }

    void openShellStartsTheTerminalWithBerthctl()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString standIn = dir.filePath(QStringLiteral("terminal"));
        const QString recorded = dir.filePath(QStringLiteral("args"));
        {
            QFile script(standIn);
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.tmp\" && mv \"$0.tmp\" " +
                         recorded.toUtf8() + "\n");
            script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Berth"),
                  QStringLiteral("window"))
            .setValue(QStringLiteral("terminal/command"),
                      QString(standIn + QStringLiteral(" --title x")));

        ImageTable table;
        ContainerActions actions(table.view, &table.window);
        const auto endpoint = Engine::EngineEndpoint::parse(QStringLiteral("unix:///tmp/e.sock"));
        actions.setEndpoint(endpoint.value());
        actions.setConnected(true);
        table.select();
        actions.shellAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recorded), 30000);
        QFile file(recorded);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList args = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(args.size() == 11, qPrintable(args.join(u' ')));
        QVERIFY2(args.at(3).endsWith(QStringLiteral("berthctl")), qPrintable(args.at(3)));
        args.removeAt(3);
        QCOMPARE(args,
                 (QStringList{QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("-e"),
                              QStringLiteral("--host"), QStringLiteral("unix:///tmp/e.sock"),
                              QStringLiteral("run"), QStringLiteral("-it"), QStringLiteral("--rm"),
                              Image, QStringLiteral("/bin/sh")}));
    }
};

QTEST_MAIN(TestRunActions)
#include "tst_runactions.moc"
