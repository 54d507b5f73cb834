// SPDX-License-Identifier: GPL-3.0-or-later
// An ECR repository's tags in the window, against the ECR stand-in: the window fetches the
// registry's token itself (the AWS keys of the user's files), as its jobs do, and lists the
// tags a curl push put there; anonymous browsing would be refused. One of Berth's AWS
// accounts (added and removed in the Accounts dialog, its keys in the fixture's keychain) is
// a node of the Sources tree that lists the stand-in's repositories as the AWS CLI does, over
// several pages, and its repository's tags as skopeo does.
#include "ecrstandinsetup.h"
#include "integration/credentials/keyringsession.h"
#include "integration/registry/registrytesthelpers.h"
#include "testenv.h"
#include "ui/accountsdialog.h"
#include "ui/accountsmodel.h"
#include "ui/mainwindow.h"
#include "ui/registrybrowsing.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Berth;
using namespace Berth::Ui;

namespace {

constexpr int Patience = 60000; // a hang guard only

MainWindow::Options withoutEngine()
{
    MainWindow::Options options;
    options.endpoint =
        *Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth.sock"));
    return options;
}

// An image pushed with curl to the stand-in's registry as its one user.
bool seedImage(const QString &url, const QString &repository, const QString &tag,
               const QString &password)
{
    return RegistryTest::seed({QStringLiteral("image"), url, repository, tag,
                               QStringLiteral("1024"), QStringLiteral("-u"),
                               QStringLiteral("AWS:") + password})
        .has_value();
}

QString standInSecret()
{
    QFile accounts(TestEnv::envDir() + QStringLiteral("/ecr/accounts.json"));
    if (!accounts.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(accounts.readAll())
        .object()
        .value(QLatin1String("keys"))
        .toObject()
        .value(QLatin1String("AKIABERTHTEST0000001"))
        .toObject()
        .value(QLatin1String("secret"))
        .toString();
}

// `count` repositories PREFIX/rN made with curl's own SigV4 signing (the AWS CLI would take
// seconds each); the secret goes through stdin, never an argument.
bool createRepositories(const QString &endpoint, const QString &secret, const QString &prefix,
                        int count)
{
    const QString script = QStringLiteral(
        "read -r secret; for i in $(seq 0 $(($3 - 1))); do "
        "printf 'user = \"AKIABERTHTEST0000001:%s\"\\n' \"$secret\" | "
        "curl -sf -K - --aws-sigv4 aws:amz:eu-west-1:ecr "
        "-H 'X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.CreateRepository' "
        "-H 'Content-Type: application/x-amz-json-1.1' "
        "-d \"{\\\"repositoryName\\\": \\\"$2/r$i\\\"}\" \"$1/\" > /dev/null || exit 1; done");
    return TestPeers::run(QStringLiteral("bash"),
                          {QStringLiteral("-c"), script, QStringLiteral("create"), endpoint, prefix,
                           QString::number(count)},
                          secret.toUtf8() + '\n')
        .has_value();
}

// What the AWS CLI lists, with the stand-in's keys from its own credentials file.
QStringList awsRepositories(const QString &endpoint)
{
    const auto out =
        TestPeers::run(QStringLiteral("env"),
                       {QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=") + TestEnv::envDir() +
                            QStringLiteral("/ecr/credentials"),
                        QStringLiteral("/usr/bin/aws"), QStringLiteral("--endpoint-url"), endpoint,
                        QStringLiteral("--region"), QStringLiteral("eu-west-1"),
                        QStringLiteral("ecr"), QStringLiteral("describe-repositories"),
                        QStringLiteral("--query"), QStringLiteral("repositories[].repositoryName"),
                        QStringLiteral("--output"), QStringLiteral("json")});
    QStringList names;
    for (const QJsonValue &name : QJsonDocument::fromJson(out.value_or(QString()).toUtf8()).array())
        names.append(name.toString());
    names.sort();
    return names;
}

QStringList childrenOf(const SourcesModel *model, const QModelIndex &parent,
                       SourcesModel::Kind kind)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (SourcesModel::kindOf(child) == kind)
            out.append(kind == SourcesModel::Kind::Repository
                           ? child.data(SourcesModel::RepositoryRole).toString()
                           : child.data(Qt::DisplayRole).toString());
    }
    out.sort();
    return out;
}

} // namespace

class TestEcrBrowsing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tagsOfAnEcrRepository()
    {
        const QString host = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(host, "ecr");
        const QString endpoint =
            TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("ecr_url"));
        const QString password =
            TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("aws_password"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        pointAwsAtEcrStandIn(host, endpoint, dir.filePath(QStringLiteral("none")));

        const QString repository =
            QStringLiteral("ui-ecr/browse") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString url = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("url"));
        QVERIFY(seedImage(url, repository, QStringLiteral("v1"), password));

        MainWindow window(withoutEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ended(&window, &MainWindow::remoteListingEnded);
        window.openReference(host + u'/' + repository);
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000); // a hang guard only
        const RemoteTagsView *view = window.remoteTagsView();
        QVERIFY2(view->statusText().startsWith(QStringLiteral("1 tag")),
                 qPrintable(view->statusText()));
        QCOMPARE(view->tagsModel()->rowCount(), 1);
        QCOMPARE(view->tagsModel()->tagAt(0), QStringLiteral("v1"));
    }

    void awsAccountInTheSources()
    {
        const QString host = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(host, "ecr");
        const QString bus = KeyringSession::busAddress();
        BERTH_REQUIRE_SERVICE(bus, "keyring");
        KeyringSession::join(bus);
        const QString endpoint =
            TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("ecr_url"));
        const QString url = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("url"));
        const QString password =
            TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("aws_password"));
        const QString secret = standInSecret();
        QVERIFY(!secret.isEmpty());
        // No keys in the environment or the files: Berth's account is the only one, for the
        // listing and for the registry's token alike.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", dir.filePath(QStringLiteral("none")).toUtf8());
        qputenv("AWS_CONFIG_FILE", dir.filePath(QStringLiteral("none")).toUtf8());
        qunsetenv("AWS_REGION");
        qunsetenv("AWS_ENDPOINT_URL_ECR");
        qputenv("BERTH_ECR_REGISTRY_HOSTS",
                (host + QStringLiteral("=123456789012:eu-west-1")).toUtf8());

        // More than DescribeRepositories' page of 100, and a repository with two tags.
        const QString prefix =
            QStringLiteral("ui-ecr/account") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QVERIFY(createRepositories(endpoint, secret, prefix, 101));
        const QString repository = prefix + QStringLiteral("/r0");
        for (const QString &tag : {QStringLiteral("v1"), QStringLiteral("v2")})
            QVERIFY(seedImage(url, repository, tag, password));

        MainWindow window(withoutEngine());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const SourcesModel *sources = window.sourcesTree()->sourcesModel();
        const QString source = SourcesModel::ecrAccountSource(QStringLiteral("standin"));
        QVERIFY(!sources->registryIndex(source).isValid());

        // Added in the Accounts dialog: the account's node appears, not yet contacted.
        window.findChild<QAction *>(QStringLiteral("accountsAction"))->trigger();
        auto *dialog = window.findChild<AccountsDialog *>(QStringLiteral("accountsDialog"));
        QVERIFY(dialog);
        dialog->addAwsAccount();
        auto *form = dialog->findChild<QDialog *>(QStringLiteral("awsAccountDialog"));
        QVERIFY(form);
        form->findChild<QLineEdit *>(QStringLiteral("awsNameEdit"))
            ->setText(QStringLiteral("standin"));
        form->findChild<QLineEdit *>(QStringLiteral("awsKeyIdEdit"))
            ->setText(QStringLiteral("AKIABERTHTEST0000001"));
        form->findChild<QLineEdit *>(QStringLiteral("awsSecretEdit"))->setText(secret);
        form->findChild<QLineEdit *>(QStringLiteral("awsRegionEdit"))
            ->setText(QStringLiteral("eu-west-1"));
        form->findChild<QLineEdit *>(QStringLiteral("awsEndpointEdit"))->setText(endpoint);
        form->findChild<QPushButton *>(QStringLiteral("awsSaveButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(sources->registryIndex(source).isValid(), Patience);
        const QModelIndex account = sources->registryIndex(source);
        QCOMPARE(SourcesModel::kindOf(account), SourcesModel::Kind::EcrAccount);
        QCOMPARE(account.data(Qt::DisplayRole).toString(), QStringLiteral("standin"));
        QVERIFY(!window.registryBrowsing()->isStarted());
        QCOMPARE(sources->rowCount(account), 0);

        // Expanded: every page of DescribeRepositories, as the AWS CLI lists them.
        window.sourcesTree()->expand(account);
        QTRY_VERIFY_WITH_TIMEOUT(childrenOf(sources, account, SourcesModel::Kind::Busy).isEmpty() &&
                                     sources->rowCount(account) > 0,
                                 Patience);
        QCOMPARE(childrenOf(sources, account, SourcesModel::Kind::Failure), QStringList());
        const QStringList listed = childrenOf(sources, account, SourcesModel::Kind::Repository);
        QVERIFY2(listed.size() > 100, qPrintable(QString::number(listed.size())));
        // Other tests may make repositories meanwhile: this test's own are compared.
        const auto ours = [&prefix](QStringList names) {
            return names.filter(QRegularExpression(QStringLiteral("^") +
                                                   QRegularExpression::escape(prefix + u'/')));
        };
        QCOMPARE(ours(listed).size(), 101);
        QCOMPARE(ours(listed), ours(awsRepositories(endpoint)));
        QCOMPARE(account.data(SourcesModel::HostRole).toString(), host);
        QVERIFY(account.data(Qt::ToolTipRole).toString().contains(host));

        // A repository: its tags with the window's ECR token, as skopeo lists them.
        QModelIndex chosen;
        for (int row = 0; row < sources->rowCount(account); ++row) {
            if (sources->index(row, 0, account).data(SourcesModel::RepositoryRole) == repository)
                chosen = sources->index(row, 0, account);
        }
        QVERIFY(chosen.isValid());
        QCOMPARE(chosen.data(SourcesModel::SourceRole).toString(), host);
        QSignalSpy ended(&window, &MainWindow::remoteListingEnded);
        window.sourcesTree()->setCurrentIndex(chosen);
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), Patience);
        const RemoteTagsView *view = window.remoteTagsView();
        QStringList tags;
        for (int row = 0; row < view->tagsModel()->rowCount(); ++row)
            tags.append(view->tagsModel()->tagAt(row));
        tags.sort();
        const auto skopeo =
            TestPeers::run(QStringLiteral("skopeo"),
                           {QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"),
                            QStringLiteral("--creds"), QStringLiteral("AWS:") + password,
                            QStringLiteral("docker://") + host + u'/' + repository});
        QVERIFY(skopeo);
        QStringList expected;
        for (const QJsonValue &tag : QJsonDocument::fromJson(skopeo->toUtf8())
                                         .object()
                                         .value(QLatin1String("Tags"))
                                         .toArray())
            expected.append(tag.toString());
        expected.sort();
        QCOMPARE(tags, expected);
        QCOMPARE(tags, QStringList({QStringLiteral("v1"), QStringLiteral("v2")}));

        // Removed in the dialog: the node goes.
        auto *accountsView = dialog->findChild<QTableView *>(QStringLiteral("accountsView"));
        int row = -1;
        for (int i = 0; i < dialog->model()->rowCount(); ++i) {
            if (dialog->model()->row(i).awsAccount == u"standin")
                row = i;
        }
        QVERIFY(row >= 0);
        accountsView->selectRow(row);
        dialog->findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!sources->registryIndex(source).isValid(), Patience);
    }
};

QTEST_MAIN(TestEcrBrowsing)
#include "tst_ecrbrowsing.moc"
