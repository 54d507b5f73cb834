// SPDX-License-Identifier: GPL-3.0-or-later
// Image ▸ Push to ECR in the window, offscreen, against the ECR stand-in and the private
// dockerd, the AWS keys in a credentials file: with the repository there it is one action
// and no question: one job, the URI shown with a Copy button, the digest the AWS CLI lists;
// with the repository missing the window asks once, then creates it and pushes; a token
// that stops working between two pushes (the stand-in changes its registry's password, as a
// lapsed token is refused) is renewed by the push's own job, which pushes once more: one
// job, succeeded.
#include "ecrstandinsetup.h"
#include "imageselection.h"
#include "jobs/jobqueue.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/imagemodelroles.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

using TestUi::selectImage;

} // namespace

class TestEcrPush final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_host;
    QString m_endpoint;
    QStringList m_localTags;

    std::optional<QString> aws(const QStringList &args) const
    {
        return TestPeers::run(QStringLiteral("/usr/bin/aws"),
                              QStringList{QStringLiteral("--endpoint-url"), m_endpoint} + args);
    }

    int tokenCalls() const
    {
        return QJsonDocument::fromJson(TestPeers::curl({m_endpoint + QStringLiteral("/_stats")}))
            .object()
            .value(QLatin1String("GetAuthorizationToken"))
            .toInt();
    }

    // A local tag of the seeded busybox for this test run.
    QString localImage(const QString &name, const QString &suffix = {})
    {
        const QString reference =
            name + u':' + QString::number(QCoreApplication::applicationPid()) + suffix;
        if (!TestPeers::docker(
                {QStringLiteral("tag"), QStringLiteral("berth-test/busybox:1.0"), reference}))
            return {};
        m_localTags.append(reference);
        return reference;
    }

    // Selects `local` once the window lists it and triggers Push to ECR; the signal spy
    // follows what it says.
    static bool pushFromWindow(MainWindow &window, const QString &local)
    {
        QAction *action = window.findChild<QAction *>(QStringLiteral("pushToEcrAction"));
        if (!action)
            return false;
        if (!QTest::qWaitFor([&] { return selectImage(window, local) && action->isEnabled(); },
                             30000))
            return false;
        action->trigger();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        m_host = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(m_host, "ecr");
        m_endpoint = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("ecr_url"));
        QVERIFY(m_dir.isValid());
        pointAwsAtEcrStandIn(m_host, m_endpoint, m_dir.filePath(QStringLiteral("none")));
    }

    void cleanupTestCase()
    {
        for (const QString &tag : std::as_const(m_localTags))
            TestPeers::docker({QStringLiteral("rmi"), tag});
    }

    void oneClickToAnExistingRepository()
    {
        const QString local = localImage(QStringLiteral("ui-ecr/existing"));
        QVERIFY(!local.isEmpty());
        QVERIFY(aws({QStringLiteral("ecr"), QStringLiteral("create-repository"),
                     QStringLiteral("--repository-name"), QStringLiteral("ui-ecr/existing")}));
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        MainWindow window(options);
        window.show();
        auto *queue = window.findChild<Jobs::JobQueue *>();
        QVERIFY(queue);
        QSignalSpy added(queue, &Jobs::JobQueue::jobAdded);
        QObject *pusher = window.findChild<QAction *>(QStringLiteral("pushToEcrAction"))->parent();
        QSignalSpy pushed(pusher, SIGNAL(pushed(QString, QString)));
        QSignalSpy failed(pusher, SIGNAL(failed(QString)));
        QVERIFY(pushFromWindow(window, local));

        QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QString uri = m_host + QStringLiteral("/ui-ecr/existing:") +
                            QString::number(QCoreApplication::applicationPid());
        QCOMPARE(pushed.first().at(0).toString(), uri);
        m_localTags.append(uri);
        QCOMPARE(added.size(), 1); // one job
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("ecrCreateRepositoryBox")));
        const auto listed =
            aws({QStringLiteral("ecr"), QStringLiteral("describe-images"),
                 QStringLiteral("--repository-name"), QStringLiteral("ui-ecr/existing"),
                 QStringLiteral("--query"), QStringLiteral("imageDetails[0].imageDigest"),
                 QStringLiteral("--output"), QStringLiteral("text")});
        QVERIFY(listed);
        QCOMPARE(pushed.first().at(1).toString(), *listed);

        // The URI, with a Copy button.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("ecrPushedBox"))));
        QVERIFY(box->text().contains(uri));
        auto *copy = box->findChild<QPushButton *>(QStringLiteral("ecrCopyUriButton"));
        QVERIFY(copy);
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), uri);

        // The window's token is kept for hours; the registry now refuses it, as it refuses
        // one that lapsed while the computer slept. The job meets the refusal, fetches a
        // token anew and pushes once more: one job, succeeded, and no sign-in is offered.
        QVERIFY(!TestPeers::curl({QStringLiteral("-XPOST"), QStringLiteral("-d"),
                                  QStringLiteral("{\"rotatePassword\": true}"),
                                  m_endpoint + QStringLiteral("/_control")})
                     .isNull());
        const int tokensBefore = tokenCalls();
        const QString second = localImage(QStringLiteral("ui-ecr/existing"), QStringLiteral("b"));
        QVERIFY(!second.isEmpty());
        QVERIFY(pushFromWindow(window, second));
        QTRY_VERIFY_WITH_TIMEOUT(pushed.size() == 2 || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        m_localTags.append(pushed.last().at(0).toString());
        QCOMPARE(added.size(), 2);
        QCOMPARE(queue->jobs().at(1).state, Jobs::JobState::Succeeded);
        QCOMPARE(tokenCalls(), tokensBefore + 1);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("signInOffer")));
    }

    void asksOnceBeforeCreatingTheRepository()
    {
        const QString local = localImage(QStringLiteral("ui-ecr/created"));
        QVERIFY(!local.isEmpty());
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        MainWindow window(options);
        window.show();
        QObject *pusher = window.findChild<QAction *>(QStringLiteral("pushToEcrAction"))->parent();
        QSignalSpy pushed(pusher, SIGNAL(pushed(QString, QString)));
        QSignalSpy failed(pusher, SIGNAL(failed(QString)));
        QVERIFY(pushFromWindow(window, local));

        QMessageBox *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (ask = window.findChild<QMessageBox *>(QStringLiteral("ecrCreateRepositoryBox"))),
            60000);
        QVERIFY(ask->text().contains(QStringLiteral("ui-ecr/created")));
        QVERIFY(!aws({QStringLiteral("ecr"), QStringLiteral("describe-repositories"),
                      QStringLiteral("--repository-names"), QStringLiteral("ui-ecr/created")}));
        ask->defaultButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!pushed.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        m_localTags.append(pushed.first().at(0).toString());
        QVERIFY(aws({QStringLiteral("ecr"), QStringLiteral("describe-repositories"),
                     QStringLiteral("--repository-names"), QStringLiteral("ui-ecr/created")}));
    }

    // No AWS credentials anywhere: the window says so, and the Accounts dialog is a click
    // away; no job starts.
    void withoutCredentialsTheAccountsDialogIsAClickAway()
    {
        const QString local = localImage(QStringLiteral("ui-ecr/nokeys"));
        QVERIFY(!local.isEmpty());
        QFile empty(m_dir.filePath(QStringLiteral("empty-credentials")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const QByteArray credentials = qgetenv("AWS_SHARED_CREDENTIALS_FILE");
        qputenv("AWS_SHARED_CREDENTIALS_FILE", empty.fileName().toUtf8());
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        MainWindow window(options);
        window.show();
        auto *queue = window.findChild<Jobs::JobQueue *>();
        QSignalSpy added(queue, &Jobs::JobQueue::jobAdded);
        QVERIFY(pushFromWindow(window, local));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = window.findChild<QMessageBox *>(QStringLiteral("ecrNoAccountBox"))), 30000);
        qputenv("AWS_SHARED_CREDENTIALS_FILE", credentials);
        QPushButton *accounts = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                accounts = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(accounts);
        accounts->click();
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("accountsDialog")));
        // Berth keeps no AWS account: the form to add one is open over the list.
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("awsAccountDialog")));
        QCOMPARE(added.size(), 0);
    }
};

QTEST_MAIN(TestEcrPush)
#include "tst_ecrpush.moc"
