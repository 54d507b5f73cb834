// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awsaccountlist.h"
#include "aws/awsaccountstore.h"
#include "aws/awscredentialchain.h"
#include "aws/ecrregistryhost.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Aws;

namespace {

// A keychain in memory that answers as the real one does: later, on the caller's thread.
class MemoryVault final : public Auth::SecretVault
{
public:
    QHash<QString, QString> items;
    int reads = 0;

    void read(const QString &key, QObject *context, ReadDone done) override
    {
        ++reads;
        const Result<QString> answer = items.contains(key)
                                           ? Result<QString>(items.value(key))
                                           : Result<QString>(Error(ErrorKind::NotFound, {}));
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    }
    void write(const QString &key, const QString &secret, QObject *context, Done done) override
    {
        items.insert(key, secret);
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        const bool had = items.remove(key) > 0;
        QMetaObject::invokeMethod(
            context, [done, had] { had ? done({}) : done(Error(ErrorKind::NotFound, {})); },
            Qt::QueuedConnection);
    }
};

const AwsCredentials CiKeys{QStringLiteral("AKIAACCOUNTSTEST0001"),
                            QStringLiteral("ci-secret-that-must-stay-in-the-vault"),
                            {}};

} // namespace

// Berth's AWS accounts (docs/credentials.md): the list without secrets, the keys in one
// keychain item each, and the credential chain's last step.
class TestAwsAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<MemoryVault> m_vault;
    int m_loads = 0;

    std::shared_ptr<AwsAccountStore> makeStore(const QString &file)
    {
        m_vault = std::make_shared<MemoryVault>();
        m_loads = 0;
        return std::make_shared<AwsAccountStore>(
            [this] {
                ++m_loads;
                return Result<std::shared_ptr<Auth::SecretVault>>(m_vault);
            },
            std::make_shared<AwsAccountList>(m_dir.filePath(file)));
    }

    static AwsAccountList::Entry entry(const QString &name, const QString &region)
    {
        AwsAccountList::Entry e;
        e.name = name;
        e.maskedKeyId = AwsAccountList::mask(CiKeys.accessKeyId);
        e.region = region;
        return e;
    }

    // A chain over an empty home (no AWS files), with the store as its last step.
    Result<ResolvedAwsCredentials> resolve(const std::shared_ptr<AwsAccountStore> &store,
                                           const QProcessEnvironment &environment,
                                           const QString &profile = {})
    {
        AwsChainOptions options;
        options.environment = environment;
        options.profile = profile;
        options.homePath = m_dir.filePath(QStringLiteral("home"));
        options.keptAccount = AwsAccountStore::chainStep(store);
        return AwsCredentialChain(options).resolve();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listKeepsNoSecretAndADefault()
    {
        const QString file = m_dir.filePath(QStringLiteral("list.conf"));
        AwsAccountList list(file);
        QVERIFY(!list.find({}));
        list.add(entry(QStringLiteral("prod"), QStringLiteral("eu-west-1")));
        list.add(entry(QStringLiteral("ci"), QStringLiteral("us-east-2")));
        QCOMPARE(list.find({})->name, QStringLiteral("ci")); // the last added
        QCOMPARE(list.find(QStringLiteral("prod"))->region, QStringLiteral("eu-west-1"));
        QCOMPARE(list.find(QStringLiteral("prod"))->maskedKeyId,
                 QStringLiteral("****************0001"));
        QVERIFY(!list.find(QStringLiteral("prod"))->isDefault);
        // Another reader of the same file sees the same.
        QCOMPARE(AwsAccountList(file).entries().size(), 2);
        QVERIFY(list.remove(QStringLiteral("ci")));
        QVERIFY(!list.remove(QStringLiteral("ci")));
        QCOMPARE(list.find({})->name, QStringLiteral("prod")); // the default moves on
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains(CiKeys.accessKeyId.toUtf8()));
    }

    void storeKeepsKeysInOneKeychainItem()
    {
        const auto store = makeStore(QStringLiteral("store.conf"));
        AwsAccountList::Entry ci = entry(QStringLiteral("ci"), QStringLiteral("us-east-2"));
        ci.endpointUrl = QStringLiteral("http://127.0.0.1:4566");
        AwsCredentials keys = CiKeys;
        keys.sessionToken = QStringLiteral("ci-session-token");
        QVERIFY(store->saveNow(ci, keys));
        QCOMPARE(m_vault->items.keys(), QStringList{QStringLiteral("aws:ci")});
        const auto found = store->findNow(QStringLiteral("ci"));
        QVERIFY(found && *found);
        QCOMPARE((*found)->credentials.secretAccessKey, keys.secretAccessKey);
        QCOMPARE((*found)->credentials.sessionToken, keys.sessionToken);
        QCOMPARE((*found)->region, QStringLiteral("us-east-2"));
        QCOMPARE((*found)->endpointUrl, ci.endpointUrl);
        QCOMPARE((*found)->source, QStringLiteral("Berth's keychain (ci)"));
        QFile list(m_dir.filePath(QStringLiteral("store.conf")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QByteArray listed = list.readAll();
        QVERIFY(!listed.contains(keys.secretAccessKey.toUtf8()));
        QVERIFY(!listed.contains(keys.sessionToken.toUtf8()));
        QVERIFY(listed.contains("127.0.0.1:4566"));

        QVERIFY(store->removeNow(QStringLiteral("ci")));
        QVERIFY(m_vault->items.isEmpty());
        QVERIFY(!store->list().find(QStringLiteral("ci")));
        QCOMPARE(store->removeNow(QStringLiteral("ci")).error().kind(), ErrorKind::NotFound);
    }

    void unknownAccountNeedsNoKeychain()
    {
        const auto store = makeStore(QStringLiteral("empty.conf"));
        const auto found = store->findNow(QStringLiteral("nobody"));
        QVERIFY(found && !*found);
        QCOMPARE(m_loads, 0);
    }

    void keysGoneFromTheKeychainAreAnError()
    {
        const auto store = makeStore(QStringLiteral("gone.conf"));
        QVERIFY(store->saveNow(entry(QStringLiteral("ci"), QStringLiteral("us-east-2")), CiKeys));
        m_vault->items.clear();
        const auto found = store->findNow(QStringLiteral("ci"));
        QVERIFY(!found);
        QVERIFY(found.error().message().contains(QStringLiteral("berthctl login --aws ci")));
    }

    // The chain's last step: after the environment and the files, never before them.
    void chainEndsWithBerthsAccounts()
    {
        const auto store = makeStore(QStringLiteral("chain.conf"));
        QVERIFY(store->saveNow(entry(QStringLiteral("ci"), QStringLiteral("us-east-2")), CiKeys));
        const QProcessEnvironment empty;

        auto found = resolve(store, empty);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message()));
        QCOMPARE(found->source, QStringLiteral("Berth's keychain (ci)"));
        QCOMPARE(found->credentials.accessKeyId, CiKeys.accessKeyId);
        QCOMPARE(found->region, QStringLiteral("us-east-2"));

        // The environment's region beats the account's, as it beats a profile's.
        QProcessEnvironment region;
        region.insert(QStringLiteral("AWS_REGION"), QStringLiteral("ap-south-1"));
        QCOMPARE(resolve(store, region)->region, QStringLiteral("ap-south-1"));

        // A profile name no file has may name an account; one neither knows is AWS's error.
        QCOMPARE(resolve(store, empty, QStringLiteral("ci"))->source,
                 QStringLiteral("Berth's keychain (ci)"));
        QProcessEnvironment profile;
        profile.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ci"));
        QCOMPARE(resolve(store, profile)->source, QStringLiteral("Berth's keychain (ci)"));
        const auto unknown = resolve(store, empty, QStringLiteral("nobody"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message(),
                 QStringLiteral("The config profile (nobody) could not be found"));

        // Keys in the environment win, and the keychain is not asked.
        const int readsBefore = m_vault->reads;
        QProcessEnvironment keys;
        keys.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAENVIRONMENT00001"));
        keys.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env-secret"));
        QCOMPARE(resolve(store, keys)->source, QStringLiteral("environment variables"));
        QCOMPARE(m_vault->reads, readsBefore);

        // So do keys in the files, for the default profile and for a profile of that name.
        QDir().mkpath(m_dir.filePath(QStringLiteral("home/.aws")));
        QFile credentials(m_dir.filePath(QStringLiteral("home/.aws/credentials")));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write("[default]\naws_access_key_id = AKIAFILEDEFAULT00001\n"
                          "aws_secret_access_key = file-secret\n"
                          "[ci]\naws_access_key_id = AKIAFILECI0000000001\n"
                          "aws_secret_access_key = file-ci-secret\n");
        credentials.close();
        QCOMPARE(resolve(store, empty)->credentials.accessKeyId,
                 QStringLiteral("AKIAFILEDEFAULT00001"));
        QCOMPARE(resolve(store, empty, QStringLiteral("ci"))->credentials.accessKeyId,
                 QStringLiteral("AKIAFILECI0000000001"));
        QCOMPARE(m_vault->reads, readsBefore);
        QVERIFY(credentials.remove());
    }

    // A registry that serves ECR's tokens under another name, named in the environment.
    void registryHostsFromTheEnvironment()
    {
        QProcessEnvironment environment;
        QVERIFY(!EcrRegistryHost::forRegistry(QStringLiteral("127.0.0.1:5000"), environment));
        environment.insert(QStringLiteral("BERTH_ECR_REGISTRY_HOSTS"),
                           QStringLiteral("localhost:1=111111111111:eu-west-1, "
                                          "127.0.0.1:5000=123456789012:us-east-2"));
        const auto mapped =
            EcrRegistryHost::forRegistry(QStringLiteral("127.0.0.1:5000"), environment);
        QVERIFY(mapped);
        QCOMPARE(mapped->account, QStringLiteral("123456789012"));
        QCOMPARE(mapped->region, QStringLiteral("us-east-2"));
        QVERIFY(!EcrRegistryHost::forRegistry(QStringLiteral("127.0.0.1:5001"), environment));
        // AWS's own hosts need no entry.
        QCOMPARE(EcrRegistryHost::forRegistry(
                     QStringLiteral("210987654321.dkr.ecr.eu-central-1.amazonaws.com"), environment)
                     ->account,
                 QStringLiteral("210987654321"));
    }
};

QTEST_GUILESS_MAIN(TestAwsAccounts)
#include "tst_awsaccounts.moc"
