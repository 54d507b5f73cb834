// SPDX-License-Identifier: GPL-3.0-or-later
// The window's logins, offscreen, against the real keychain (gnome-keyring on the fixture's
// private bus, secret-tool as the peer), the private dockerd and the htpasswd registry:
// the one-time offer to import Docker's logins (after the first paint, without contacting
// the keychain; accepted or dismissed, never shown again), and a push the registry refuses
// that offers to sign in, is signed in through the login dialog and retried to success.
#include "credentials/credentialstore.h"
#include "integration/credentials/keyringsession.h"
#include "keychain/keychainvault.h"
#include "ui/accountsdialog.h"
#include "ui/importnotice.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

using KeyringSession::berthSecret;

bool clearKeychainItem(const QString &key)
{
    return KeyringSession::secretTool({QStringLiteral("clear"), QStringLiteral("server"),
                                       QStringLiteral("Berth"), QStringLiteral("user"), key})
               .exitCode == 0;
}

// Docker's config with one login per registry, kept in the file (auths).
bool writeDockerConfig(const QStringList &registries, const QByteArray &userAndPassword)
{
    QDir().mkpath(qEnvironmentVariable("DOCKER_CONFIG"));
    QFile config(
        QDir(qEnvironmentVariable("DOCKER_CONFIG")).filePath(QStringLiteral("config.json")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    QByteArray auths;
    for (const QString &registry : registries) {
        auths += (auths.isEmpty() ? "" : ",") + QByteArray("\"") + registry.toUtf8() +
                 "\":{\"auth\":\"" + userAndPassword.toBase64() + "\"}";
    }
    return config.write("{\"auths\":{" + auths + "}}") > 0;
}

int docker(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/docker"),
            QStringList{QStringLiteral("-H"), TestEnv::dockerHost()} + args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

MainWindow::Options windowOptions(bool offerImport)
{
    MainWindow::Options options;
    options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
    options.offerDockerImport = offerImport;
    return options;
}

} // namespace

class TestWindowLogins final : public QObject
{
    Q_OBJECT

private:
    QString m_host;

    static void removeSettings(const char *name)
    {
        QFile::remove(QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Berth"),
                                QString::fromLatin1(name))
                          .fileName());
    }

    // As for a new user: the offer was never answered.
    static void forgetTheAnswer()
    {
        removeSettings("window");
        QVERIFY(!ImportNotice::answered());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString bus = KeyringSession::busAddress();
        BERTH_REQUIRE_SERVICE(bus, "keyring");
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        m_host = TestEnv::readState(QStringLiteral("registry_htpasswd"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(m_host, "registry_htpasswd");
        KeyringSession::join(bus);
        // A run before this one (ctest --repeat) answered the offer and kept logins.
        forgetTheAnswer();
        removeSettings("accounts");
    }

    // Runs first: the keychain thread must not have started before the offer.
    void importOfferedOnceAfterThePaint()
    {
        const QString registry = QStringLiteral("import-offer.example:5000");
        QVERIFY(writeDockerConfig({registry}, "carol:carol-secret-3"));
        {
            MainWindow window(windowOptions(true));
            ImportNotice *notice = window.importNotice();
            QSignalSpy checked(notice, &ImportNotice::checked);
            QVERIFY(!notice->isVisible());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
            QVERIFY(checked.first().first().toBool());
            QVERIFY(notice->isVisible());
            QVERIFY2(notice->text().contains(registry), qPrintable(notice->text()));
            // Deciding read Docker's config and the account list: no keychain contact.
            QVERIFY(!Auth::KeychainVault::threadStarted());

            notice->findChild<QPushButton *>(QStringLiteral("importNoticeImport"))->click();
            QVERIFY(!notice->isVisible());
            auto *accounts = window.findChild<AccountsDialog *>(QStringLiteral("accountsDialog"));
            QVERIFY(accounts);
            QSignalSpy imported(accounts, &AccountsDialog::importFinished);
            QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
            QCOMPARE(imported.first().first().toInt(), 1);
            QCOMPARE(berthSecret(QStringLiteral("carol@") + registry),
                     QStringLiteral("carol-secret-3"));
            accounts->close();
        }
        QVERIFY(ImportNotice::answered());

        // Answered: another start with a new Docker login does not offer it again.
        QVERIFY(writeDockerConfig({registry, QStringLiteral("another.example")}, "dan:dan-4"));
        {
            MainWindow window(windowOptions(true));
            QSignalSpy checked(window.importNotice(), &ImportNotice::checked);
            window.show();
            QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
            QVERIFY(!checked.first().first().toBool());
            QVERIFY(!window.importNotice()->isVisible());
        }
        QVERIFY(clearKeychainItem(QStringLiteral("carol@") + registry));
    }

    void importOfferDismissed()
    {
        forgetTheAnswer();
        QVERIFY(writeDockerConfig({QStringLiteral("dismissed.example")}, "erin:erin-5"));
        MainWindow window(windowOptions(true));
        QSignalSpy checked(window.importNotice(), &ImportNotice::checked);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        QVERIFY(window.importNotice()->isVisible());
        window.importNotice()
            ->findChild<QPushButton *>(QStringLiteral("importNoticeDismiss"))
            ->click();
        QVERIFY(!window.importNotice()->isVisible());
        QVERIFY(ImportNotice::answered());
        QVERIFY(!window.findChild<AccountsDialog *>());
        QVERIFY(berthSecret(QStringLiteral("erin@dismissed.example")).isEmpty());
    }

    // File > Accounts... > Import from Docker answers the offer as its own Import would.
    void importFromTheAccountsDialogAnswersTheOffer()
    {
        forgetTheAnswer();
        const QString registry = QStringLiteral("dialog-import.example");
        QVERIFY(writeDockerConfig({registry}, "gus:gus-6"));
        MainWindow window(windowOptions(true));
        QSignalSpy checked(window.importNotice(), &ImportNotice::checked);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        QVERIFY(window.importNotice()->isVisible());
        window.findChild<QAction *>(QStringLiteral("accountsAction"))->trigger();
        auto *accounts = window.findChild<AccountsDialog *>(QStringLiteral("accountsDialog"));
        QVERIFY(accounts);
        QSignalSpy imported(accounts, &AccountsDialog::importFinished);
        accounts->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
        QVERIFY(!window.importNotice()->isVisible());
        QVERIFY(ImportNotice::answered());
        QCOMPARE(berthSecret(QStringLiteral("gus@") + registry), QStringLiteral("gus-6"));
        QVERIFY(clearKeychainItem(QStringLiteral("gus@") + registry));
        accounts->close();
    }

    void refusedPushSignsInAndRetries()
    {
        // No Docker login either: the first push is anonymous.
        QFile::remove(
            QDir(qEnvironmentVariable("DOCKER_CONFIG")).filePath(QStringLiteral("config.json")));
        const QString reference =
            m_host + QStringLiteral("/signin/web:%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(
            docker({QStringLiteral("tag"), QStringLiteral("berth-test/busybox:1.0"), reference}),
            0);
        MainWindow window(windowOptions(false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // As the Image menu's Push names it: the registry's login, none kept yet.
        Jobs::JobSpec push;
        push.kind = Jobs::JobKind::Push;
        push.endpoint = windowOptions(false).endpoint;
        push.references = {reference};
        push.login = {m_host, {}};
        const QString id = window.jobQueue()->enqueue(push);

        QMessageBox *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (offer = window.findChild<QMessageBox *>(QStringLiteral("signInOffer"))) &&
                offer->isVisible(),
            120000);
        QCOMPARE(window.jobQueue()->job(id)->state, Jobs::JobState::Failed);
        QVERIFY2(offer->text().contains(m_host), qPrintable(offer->text()));
        offer->button(QMessageBox::Yes)->click();

        LoginDialog *login = nullptr;
        QTRY_VERIFY((login = window.findChild<LoginDialog *>(QStringLiteral("loginDialog"))) &&
                    login->isVisible());
        auto *registryEdit = login->findChild<QLineEdit *>(QStringLiteral("registryEdit"));
        QCOMPARE(registryEdit->text(), m_host);
        QVERIFY(registryEdit->isReadOnly());
        login->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("alice"));
        auto *password = login->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        password->setText(QStringLiteral("alice-secret-1"));
        password->setFocus();
        QTest::keyClick(password, Qt::Key_Return);

        // Signed in (kept in the keychain), and the same job runs again and succeeds.
        QTRY_COMPARE_WITH_TIMEOUT(window.jobQueue()->job(id)->state, Jobs::JobState::Succeeded,
                                  120000);
        QCOMPARE(window.jobQueue()->job(id)->attempt, 2);
        QCOMPARE(berthSecret(QStringLiteral("alice@") + m_host), QStringLiteral("alice-secret-1"));

        std::optional<Result<void>> removed;
        window.credentials()->remove({m_host, QStringLiteral("alice")}, this,
                                     [&removed](const Result<void> &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 60000);
        QVERIFY(removed->ok());
        QCOMPARE(docker({QStringLiteral("image"), QStringLiteral("rm"), reference}), 0);
    }
};

QTEST_MAIN(TestWindowLogins)
#include "tst_windowlogins.moc"
