// SPDX-License-Identifier: GPL-3.0-or-later
// The Accounts dialog and the sign-in dialog, offscreen, against the real keychain
// (gnome-keyring on the fixture's private bus, secret-tool as the peer) and the htpasswd
// registry: a wrong then a right password, remove, import from Docker's config; the model
// under QAbstractItemModelTester.
#include "aws/awsaccountlist.h"
#include "aws/ecrtokencache.h"
#include "credentials/credentialstore.h"
#include "credentials/dockercredentials.h"
#include "integration/credentials/keyringsession.h"
#include "keychain/keychainvault.h"
#include "ui/accountsdialog.h"
#include "ui/accountsmodel.h"
#include "ui/logindialog.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

using KeyringSession::berthSecret;

int rowOf(const AccountsModel &model, const QString &user, const QString &source)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.row(i).user == user && model.row(i).source == source)
            return i;
    }
    return -1;
}

// An AWS account in Berth's list (no keychain item: the dialog shows only the list).
Aws::AwsAccountList::Entry addAwsAccount(Aws::AwsAccountList &list, const QString &name,
                                         const QString &keyId)
{
    Aws::AwsAccountList::Entry entry;
    entry.name = name;
    entry.maskedKeyId = Aws::AwsAccountList::mask(keyId);
    entry.region = QStringLiteral("eu-west-1");
    list.add(entry);
    return entry;
}

} // namespace

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private:
    QString m_host;
    std::shared_ptr<Auth::CredentialStore> m_store;

    void signIn(LoginDialog &dialog, const QString &user, const QString &password)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("registryEdit"))->setText(m_host);
        dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(user);
        auto *passwordEdit = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        passwordEdit->setText(password);
        // From the keyboard: Return in the password field signs in (the default button).
        passwordEdit->setFocus();
        QTest::keyClick(passwordEdit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString bus = KeyringSession::busAddress();
        BERTH_REQUIRE_SERVICE(bus, "keyring");
        m_host = TestEnv::readState(QStringLiteral("registry_htpasswd"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(m_host, "registry_htpasswd");
        KeyringSession::join(bus);
        m_store = std::make_shared<Auth::CredentialStore>(
            std::make_shared<Auth::KeychainVault>(QStringLiteral("Berth"), 20000),
            std::make_shared<Auth::AccountList>());
        m_store->setFallback(std::make_shared<Auth::DockerCredentials>());
        QFile::remove(
            QDir(qEnvironmentVariable("DOCKER_CONFIG")).filePath(QStringLiteral("config.json")));
    }

    void wrongThenRightPassword()
    {
        LoginDialog dialog(m_store);
        dialog.show();
        signIn(dialog, QStringLiteral("alice"), QStringLiteral("not-alice-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 60000);
        QVERIFY2(dialog.errorText().contains(m_host) && dialog.errorText().contains(u"alice"),
                 qPrintable(dialog.errorText()));
        QVERIFY(!dialog.errorText().contains(u"not-alice-secret"));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        QVERIFY(berthSecret(QStringLiteral("alice@") + m_host).isEmpty());

        signIn(dialog, QStringLiteral("alice"), QStringLiteral("alice-secret-1"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
        QCOMPARE(berthSecret(QStringLiteral("alice@") + m_host), QStringLiteral("alice-secret-1"));
    }

    void modelUnderTester()
    {
        AccountsModel model(m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(rowOf(model, QStringLiteral("alice"), AccountsModel::tr("Keychain")) >= 0);
        QCOMPARE(model.columnCount(), int(AccountsModel::ColumnCount));
    }

    // AWS accounts are listed without their keys, and only berthctl removes them.
    void awsAccountsAreListedNotRemoved()
    {
        Aws::AwsAccountList aws;
        const Aws::AwsAccountList::Entry ci =
            addAwsAccount(aws, QStringLiteral("ci"), QStringLiteral("AKIAACCOUNTSDIALOG01"));
        AccountsDialog dialog(m_store);
        dialog.show();
        const int row = rowOf(*dialog.model(), QStringLiteral("****************OG01"),
                              AccountsModel::tr("Keychain (AWS account, %1)").arg(ci.region));
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->row(row).registry, QStringLiteral("aws:ci"));
        dialog.findChild<QTableView *>(QStringLiteral("accountsView"))->selectRow(row);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeButton"))->isEnabled());
        QVERIFY(aws.remove(ci.name));
    }

    // Each AWS account's row tells its ECR token's state: none yet; valid until its expiry and
    // renewed from half its life; expired (a token stored as lapsed an hour ago).
    void awsAccountsTellTheirTokenState()
    {
        Aws::AwsAccountList aws;
        const Aws::AwsAccountList::Entry work =
            addAwsAccount(aws, QStringLiteral("work"), QStringLiteral("AKIAACCOUNTSDIALOG02"));
        const auto tokens = std::make_shared<Aws::EcrTokenCache>();
        const auto sourceOfWork = [&](AccountsDialog &dialog) {
            dialog.model()->reload();
            for (int row = 0; row < dialog.model()->rowCount(); ++row) {
                if (dialog.model()->row(row).registry == u"aws:work")
                    return dialog.model()->row(row).source;
            }
            return QString();
        };
        {
            AccountsDialog dialog(m_store, nullptr, tokens);
            QVERIFY(sourceOfWork(dialog).contains(AccountsModel::tr("no ECR token yet")));
        }
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(12 * 3600);
        tokens->store(QStringLiteral("123456789012"), QStringLiteral("eu-west-1"),
                      QStringLiteral("not-shown"), QStringLiteral("https://registry"), expires,
                      work.name);
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        {
            AccountsDialog dialog(m_store, nullptr, tokens);
            const QString source = sourceOfWork(dialog);
            QVERIFY2(source.contains(expires.toLocalTime().toString(format)), qPrintable(source));
            QVERIFY2(source.contains(expires.addSecs(-6 * 3600).toLocalTime().toString(format)),
                     qPrintable(source));
            QVERIFY(!source.contains(u"not-shown"));
        }
        // Another account's token says nothing about this one.
        tokens->store(QStringLiteral("210987654321"), QStringLiteral("us-east-1"),
                      QStringLiteral("other"), QStringLiteral("https://other"), expires,
                      QStringLiteral("other"));
        QCOMPARE(tokens->latestOf(work.name)->password, QStringLiteral("not-shown"));
        tokens->store(QStringLiteral("123456789012"), QStringLiteral("eu-west-1"),
                      QStringLiteral("not-shown"), QStringLiteral("https://registry"),
                      QDateTime::currentDateTimeUtc().addSecs(-3600), work.name);
        {
            AccountsDialog dialog(m_store, nullptr, tokens);
            QVERIFY2(sourceOfWork(dialog).contains(AccountsModel::tr("ECR token expired")),
                     qPrintable(sourceOfWork(dialog)));
        }
        QVERIFY(aws.remove(work.name));
    }

    void removeFromTheDialog()
    {
        AccountsDialog dialog(m_store);
        dialog.show();
        const int row =
            rowOf(*dialog.model(), QStringLiteral("alice"), AccountsModel::tr("Keychain"));
        QVERIFY(row >= 0);
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("accountsView"));
        view->selectRow(row);
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(*dialog.model(), QStringLiteral("alice"), AccountsModel::tr("Keychain")) < 0,
            60000);
        QVERIFY(berthSecret(QStringLiteral("alice@") + m_host).isEmpty());
    }

    void importFromDocker()
    {
        QDir().mkpath(qEnvironmentVariable("DOCKER_CONFIG"));
        QFile config(
            QDir(qEnvironmentVariable("DOCKER_CONFIG")).filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"auths\":{\"" + m_host.toUtf8() + "\":{\"auth\":\"" +
                     QByteArray("bob:bob-secret-2").toBase64() + "\"}}}");
        config.close();
        const QByteArray before = [&config] {
            QFile f(config.fileName());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        AccountsDialog dialog(m_store);
        dialog.show();
        QVERIFY(rowOf(*dialog.model(), QStringLiteral("bob"), AccountsModel::tr("Docker config")) >=
                0);
        QSignalSpy imported(&dialog, &AccountsDialog::importFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
        QCOMPARE(imported.first().first().toInt(), 1);
        QCOMPARE(berthSecret(QStringLiteral("bob@") + m_host), QStringLiteral("bob-secret-2"));
        QVERIFY(rowOf(*dialog.model(), QStringLiteral("bob"), AccountsModel::tr("Keychain")) >= 0);
        QFile after(config.fileName());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // Docker's config is never written
        std::optional<Result<void>> removed;
        m_store->remove({m_host, QStringLiteral("bob")}, this,
                        [&removed](const Result<void> &r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 60000);
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
