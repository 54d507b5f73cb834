// SPDX-License-Identifier: GPL-3.0-or-later
// Many jobs at once, each needing a secret: tag-and-push jobs to the htpasswd registry
// through the private dockerd, their login kept in the real keychain (gnome-keyring on the
// fixture's private bus). Every job asks the keychain from its own worker thread when it
// starts; every push must succeed (each got its login), and nothing crashes (the keychain
// thread's rule). Then, with the login removed, the same push is refused.
#include "credentials/credentialstore.h"
#include "keychain/keychainvault.h"
#include "keyringsession.h"
#include "runjobs.h"
#include "testpeers.h"
#include "waitdone.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Jobs;

class TestCredentialJobs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_host;
    Engine::EngineEndpoint m_endpoint;
    std::shared_ptr<Auth::CredentialStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        const QString bus = KeyringSession::busAddress();
        BERTH_REQUIRE_SERVICE(bus, "keyring");
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        m_host = TestEnv::readState(QStringLiteral("registry_htpasswd"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(m_host, "registry_htpasswd");
        KeyringSession::join(bus);
        QVERIFY(m_dir.isValid());
        m_endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        m_store = std::make_shared<Auth::CredentialStore>(
            std::make_shared<Auth::KeychainVault>(QStringLiteral("Berth"), 20000),
            std::make_shared<Auth::AccountList>(m_dir.filePath(QStringLiteral("accounts.ini"))));
        Credentials alice;
        alice.username = QStringLiteral("alice");
        alice.password = QStringLiteral("alice-secret-1");
        const auto saved = waitDone([&](QObject *context, Auth::SecretVault::Done done) {
            m_store->save(m_host, alice, context, done);
        });
        QVERIFY(saved.ok());
    }

    void manyJobsEachGetTheirLogin()
    {
        const QList<JobSpec> specs =
            tagAndPushSpecs(m_endpoint, m_host, QStringLiteral("credjobs"), 8);
        const QList<JobRecord> records = runJobs(specs, m_store);
        for (const JobRecord &record : records) {
            QVERIFY2(
                record.state == JobState::Succeeded,
                qPrintable(record.error ? record.error->message() : QStringLiteral("not run")));
            QVERIFY(record.digest.startsWith(u"sha256:"));
        }

        // Without the login, the same push is refused by the registry.
        QVERIFY(waitDone([&](QObject *context, Auth::SecretVault::Done done) {
                    m_store->remove({m_host, QStringLiteral("alice")}, context, done);
                }).ok());
        const QList<JobRecord> refused = runJobs({specs.first()}, m_store);
        QCOMPARE(refused.first().state, JobState::Failed);
        QVERIFY(refused.first().error);
        for (const JobSpec &spec : std::as_const(specs))
            TestPeers::docker({QStringLiteral("rmi"), spec.references.at(1)});
    }
};

QTEST_GUILESS_MAIN(TestCredentialJobs)
#include "tst_credentialjobs.moc"
