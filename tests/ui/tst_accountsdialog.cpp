// SPDX-License-Identifier: GPL-3.0-or-later
// The Accounts dialog and the sign-in dialog, offscreen, against the real keychain
// (gnome-keyring on the fixture's private bus, secret-tool as the peer) and the htpasswd
// registry: a wrong then a right password, remove, import from Docker's config; the model
// under QAbstractItemModelTester. AWS accounts added, edited and removed in the dialog, their
// keys checked by the ECR stand-in's STS and kept in the keychain only; their ECR token's
// state followed as tokens are stored.
#include "aws/awsaccountlist.h"
#include "aws/awsaccountstore.h"
#include "aws/ecrtokencache.h"
#include "credentials/credentialstore.h"
#include "credentials/dockercredentials.h"
#include "integration/credentials/keyringsession.h"
#include "keychain/keychainvault.h"
#include "ui/accountsdialog.h"
#include "ui/accountsmodel.h"
#include "ui/awsaccountdialog.h"
#include "ui/logindialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
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

int rowOfAws(const AccountsModel &model, const QString &name)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.row(i).awsAccount == name)
            return i;
    }
    return -1;
}

// Whether any file under `dir` holds `text` (the secret must be in none).
bool anyFileHolds(const QString &dir, const QByteArray &text)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text))
            return true;
    }
    return false;
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
    QString m_ecrEndpoint;
    std::shared_ptr<Auth::CredentialStore> m_store;
    std::shared_ptr<Auth::KeychainVault> m_vault;

    // The AWS account form the dialog opened, filled in and saved.
    static AwsAccountDialog *fillAwsForm(AccountsDialog &dialog, const QString &name,
                                         const QString &keyId, const QString &secret,
                                         const QString &region, const QString &endpoint)
    {
        auto *form = dialog.findChild<AwsAccountDialog *>(QStringLiteral("awsAccountDialog"));
        if (!form)
            return nullptr;
        if (!name.isEmpty())
            form->findChild<QLineEdit *>(QStringLiteral("awsNameEdit"))->setText(name);
        form->findChild<QLineEdit *>(QStringLiteral("awsKeyIdEdit"))->setText(keyId);
        form->findChild<QLineEdit *>(QStringLiteral("awsSecretEdit"))->setText(secret);
        form->findChild<QLineEdit *>(QStringLiteral("awsRegionEdit"))->setText(region);
        form->findChild<QLineEdit *>(QStringLiteral("awsEndpointEdit"))->setText(endpoint);
        form->findChild<QPushButton *>(QStringLiteral("awsSaveButton"))->click();
        return form;
    }

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
        m_ecrEndpoint = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("ecr_url"));
        BERTH_REQUIRE_SERVICE(m_ecrEndpoint, "ecr");
        m_vault = std::make_shared<Auth::KeychainVault>(QStringLiteral("Berth"), 20000);
        m_store =
            std::make_shared<Auth::CredentialStore>(m_vault, std::make_shared<Auth::AccountList>());
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

    // AWS accounts are listed without their keys (the only one is the default); a dialog
    // given no AWS account store lists them only: no add, edit or remove.
    void awsAccountsAreListedWithoutAStore()
    {
        Aws::AwsAccountList aws;
        const Aws::AwsAccountList::Entry ci =
            addAwsAccount(aws, QStringLiteral("ci"), QStringLiteral("AKIAACCOUNTSDIALOG01"));
        AccountsDialog dialog(m_store);
        dialog.show();
        const int row =
            rowOf(*dialog.model(), QStringLiteral("****************OG01"),
                  AccountsModel::tr("Keychain (default AWS account, %1)").arg(ci.region));
        QVERIFY(aws.remove(ci.name));
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->row(row).registry, QStringLiteral("aws:ci"));
        dialog.findChild<QTableView *>(QStringLiteral("accountsView"))->selectRow(row);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("removeButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("editAwsButton"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addAwsButton"))->isVisible());
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
                    return dialog.model()->row(row).ecrToken;
            }
            return QString();
        };
        {
            AccountsDialog dialog(m_store, nullptr, tokens);
            QVERIFY(
                sourceOfWork(dialog).contains(AccountsModel::tr("none yet, fetched when needed")));
        }
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(12 * 3600);
        tokens->store(QStringLiteral("123456789012"), QStringLiteral("eu-west-1"),
                      QStringLiteral("not-shown"), QStringLiteral("https://registry"), expires,
                      work.name);
        {
            // Times as the user's locale writes them: "3:04 PM" in American English, with
            // the date when not today.
            QLocale::setDefault(QLocale(QStringLiteral("en_US")));
            const auto shown = [](const QDateTime &utc) {
                return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
            };
            AccountsDialog dialog(m_store, nullptr, tokens);
            const QString source = sourceOfWork(dialog);
            const QString until = shown(expires);
            const QString renewal = shown(expires.addSecs(-6 * 3600));
            QLocale::setDefault(QLocale::c());
            QVERIFY2(source.contains(until), qPrintable(source));
            QVERIFY2(source.contains(renewal), qPrintable(source));
            QVERIFY2(source.contains(u" AM") || source.contains(u" PM"), qPrintable(source));
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
            QVERIFY2(sourceOfWork(dialog).contains(
                         AccountsModel::tr("expired, a new one is fetched when needed")),
                     qPrintable(sourceOfWork(dialog)));
        }
        QVERIFY(aws.remove(work.name));
    }

    // The dialog adds an AWS account as berthctl login --aws does: keys the stand-in's STS
    // refuses are not kept; the right ones go to the keychain only; the row tells the region,
    // that it is the default, and its ECR token's state as tokens come and go; Edit changes
    // the region and the role without asking for the keys again; Remove takes the keys out
    // of the keychain.
    void addEditAndRemoveAnAwsAccount()
    {
        QFile accounts(TestEnv::envDir() + QStringLiteral("/ecr/accounts.json"));
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        const QString keyId = QStringLiteral("AKIABERTHTEST0000001");
        const QString secret = QJsonDocument::fromJson(accounts.readAll())
                                   .object()
                                   .value(QLatin1String("keys"))
                                   .toObject()
                                   .value(keyId)
                                   .toObject()
                                   .value(QLatin1String("secret"))
                                   .toString();
        QVERIFY(!secret.isEmpty());
        const auto awsStore = std::make_shared<Aws::AwsAccountStore>(
            [vault = m_vault] { return Result<std::shared_ptr<Auth::SecretVault>>(vault); },
            std::make_shared<Aws::AwsAccountList>());
        const auto tokens = std::make_shared<Aws::EcrTokenCache>();
        AccountsDialog dialog(m_store, nullptr, tokens, awsStore);
        dialog.show();
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("accountsView"));
        auto *addAws = dialog.findChild<QPushButton *>(QStringLiteral("addAwsButton"));
        QVERIFY(addAws && addAws->isVisible());

        addAws->click();
        AwsAccountDialog *form =
            fillAwsForm(dialog, QStringLiteral("ui"), keyId, QStringLiteral("not-the-secret"),
                        QStringLiteral("eu-west-1"), m_ecrEndpoint);
        QVERIFY(form);
        QTRY_VERIFY_WITH_TIMEOUT(!form->errorText().isEmpty(), 60000);
        QVERIFY2(form->errorText().contains(u"InvalidSignatureException"),
                 qPrintable(form->errorText()));
        QVERIFY(!form->errorText().contains(u"not-the-secret"));
        QVERIFY(berthSecret(QStringLiteral("aws:ui")).isEmpty());
        QVERIFY(!awsStore->list().find(QStringLiteral("ui")));

        fillAwsForm(dialog, {}, keyId, secret, QStringLiteral("eu-west-1"), m_ecrEndpoint);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfAws(*dialog.model(), QStringLiteral("ui")) >= 0, 60000);
        const QJsonObject kept =
            QJsonDocument::fromJson(berthSecret(QStringLiteral("aws:ui")).toUtf8()).object();
        QCOMPARE(kept.value(QLatin1String("AccessKeyId")).toString(), keyId);
        QCOMPARE(kept.value(QLatin1String("SecretAccessKey")).toString(), secret);
        QVERIFY(!anyFileHolds(QDir::homePath(), secret.toUtf8()));
        QVERIFY(!anyFileHolds(qEnvironmentVariable("XDG_CONFIG_HOME"), secret.toUtf8()));
        int row = rowOfAws(*dialog.model(), QStringLiteral("ui"));
        QCOMPARE(dialog.model()->row(row).user, Aws::AwsAccountList::mask(keyId));
        QVERIFY2(dialog.model()->row(row).source.startsWith(
                     AccountsModel::tr("Keychain (default AWS account, %1)").arg(u"eu-west-1")),
                 qPrintable(dialog.model()->row(row).source));
        QVERIFY(dialog.model()->row(row).ecrToken.contains(
            AccountsModel::tr("none yet, fetched when needed")));
        QVERIFY(dialog.statusText().contains(u"ui"));

        // A token fetched with the account's keys (a job's lookup thread stores it): the row
        // follows while the dialog is open, and keeps its selection.
        view->selectRow(row);
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(12 * 3600);
        tokens->store(QStringLiteral("123456789012"), QStringLiteral("eu-west-1"),
                      QStringLiteral("not-shown"), QStringLiteral("https://registry"), expires,
                      QStringLiteral("ui"));
        QTRY_VERIFY(dialog.model()
                        ->row(rowOfAws(*dialog.model(), QStringLiteral("ui")))
                        .ecrToken.contains(QLocale().toString(expires.toLocalTime().time(),
                                                              QLocale::ShortFormat)));
        row = rowOfAws(*dialog.model(), QStringLiteral("ui"));
        QVERIFY(dialog.model()->row(row).ecrToken.contains(u"refreshed automatically"));
        QVERIFY(!dialog.model()->row(row).ecrToken.contains(u"not-shown"));
        QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), row);
        tokens->forget(QStringLiteral("123456789012"), QStringLiteral("eu-west-1"));
        QTRY_VERIFY(dialog.model()
                        ->row(rowOfAws(*dialog.model(), QStringLiteral("ui")))
                        .ecrToken.contains(AccountsModel::tr("none yet, fetched when needed")));

        // Edit: a region and a role, the keys left as they are.
        auto *edit = dialog.findChild<QPushButton *>(QStringLiteral("editAwsButton"));
        QVERIFY(edit->isEnabled());
        edit->click();
        form = dialog.findChild<AwsAccountDialog *>(QStringLiteral("awsAccountDialog"));
        QVERIFY(form);
        QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("awsNameEdit"))->isReadOnly());
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("awsRegionEdit"))->text(),
                 QStringLiteral("eu-west-1"));
        QVERIFY(form->findChild<QLineEdit *>(QStringLiteral("awsSecretEdit"))->text().isEmpty());
        form->findChild<QLineEdit *>(QStringLiteral("awsRegionEdit"))
            ->setText(QStringLiteral("us-east-1"));
        form->findChild<QLineEdit *>(QStringLiteral("awsRoleEdit"))
            ->setText(QStringLiteral("arn:aws:iam::123456789012:role/berth-test"));
        form->findChild<QPushButton *>(QStringLiteral("awsSaveButton"))->click();
        QTRY_VERIFY(dialog.model()
                        ->row(rowOfAws(*dialog.model(), QStringLiteral("ui")))
                        .source.contains(u"us-east-1"));
        const auto edited = awsStore->list().find(QStringLiteral("ui"));
        QVERIFY(edited && edited->isDefault);
        QCOMPARE(edited->roleArn, QStringLiteral("arn:aws:iam::123456789012:role/berth-test"));
        QCOMPARE(QJsonDocument::fromJson(berthSecret(QStringLiteral("aws:ui")).toUtf8())
                     .object()
                     .value(QLatin1String("SecretAccessKey"))
                     .toString(),
                 secret);

        // Remove: out of the list and the keychain.
        view->selectRow(rowOfAws(*dialog.model(), QStringLiteral("ui")));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfAws(*dialog.model(), QStringLiteral("ui")) < 0, 60000);
        QVERIFY(berthSecret(QStringLiteral("aws:ui")).isEmpty());
        QVERIFY(!awsStore->list().find(QStringLiteral("ui")));
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
