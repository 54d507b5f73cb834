// SPDX-License-Identifier: GPL-3.0-or-later
// CredentialStore over the real keychain: gnome-keyring on the fixture's private bus, with
// secret-tool as the peer that reads and writes the same items. The keychain thread's rule
// (one thread owns every QtKeychain job) is tested by many threads asking at once.
#include "credentials/credentialstore.h"
#include "credentials/registrykey.h"
#include "keychain/keychainvault.h"
#include "keyringsession.h"
#include "waitdone.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Berth;
using namespace Berth::Auth;

namespace {

constexpr int KeychainTimeoutMs = 20000;

QString randomSecret()
{
    return QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 36) +
                               QByteArray::number(QRandomGenerator::global()->generate64(), 36));
}

Credentials login(const QString &user, const QString &password)
{
    Credentials c;
    c.username = user;
    c.password = password;
    return c;
}

// secret-tool's view of a Berth item: QtKeychain's libsecret schema keys it by "server"
// (the service) and "user" (the key).
QStringList itemAttributes(const QString &key)
{
    return {QStringLiteral("server"), QStringLiteral("Berth"), QStringLiteral("user"), key};
}

// Asks find() and waits for its answer on this thread.
Result<Credentials> findNow(CredentialSource &source, const LoginRef &ref)
{
    QObject context;
    std::optional<Result<Credentials>> answer;
    source.find(ref, &context, [&answer](const Result<Credentials> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000))
        return Error(ErrorKind::Internal, QStringLiteral("no answer"));
    return *answer;
}

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<KeychainVault> m_vault;
    std::shared_ptr<AccountList> m_accounts;
    std::unique_ptr<CredentialStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        const QString bus = KeyringSession::busAddress();
        BERTH_REQUIRE_SERVICE(bus, "keyring");
        KeyringSession::join(bus);
        QVERIFY(m_dir.isValid());
        m_vault = std::make_shared<KeychainVault>(QStringLiteral("Berth"), KeychainTimeoutMs);
        m_accounts = std::make_shared<AccountList>(m_dir.filePath(QStringLiteral("accounts.ini")));
        m_store = std::make_unique<CredentialStore>(m_vault, m_accounts);
    }

    void dockerHubAliasesShareOneKey()
    {
        for (const char *name : {"docker.io", "index.docker.io", "registry-1.docker.io",
                                 "https://index.docker.io/v1/", "Docker.IO"})
            QCOMPARE(RegistryKey::of(QString::fromLatin1(name)), QStringLiteral("docker.io"));
        QCOMPARE(RegistryKey::of(QStringLiteral("http://127.0.0.1:5000/")),
                 QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(RegistryKey::serverAddress(QStringLiteral("docker.io")),
                 QStringLiteral("https://index.docker.io/v1/"));
    }

    void saveStoresInTheKeyringOnly()
    {
        const QString secret = randomSecret();
        const QString registry = QStringLiteral("127.0.0.1:5999");
        const auto saved = waitDone([&](QObject *context, SecretVault::Done done) {
            m_store->save(registry, login(QStringLiteral("alice"), secret), context, done);
        });
        QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message()));
        // The peer reads it back from the keyring.
        const auto peer =
            KeyringSession::secretTool(QStringList{QStringLiteral("lookup")} +
                                       itemAttributes(QStringLiteral("alice@127.0.0.1:5999")));
        QCOMPARE(peer.exitCode, 0);
        QCOMPARE(QString::fromUtf8(peer.out).trimmed(), secret);
        // The account list knows the login, not the secret.
        QFile list(m_dir.filePath(QStringLiteral("accounts.ini")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QByteArray listed = list.readAll();
        QVERIFY(listed.contains("alice"));
        QVERIFY(!listed.contains(secret.toUtf8()));

        const auto found = findNow(*m_store, {registry, {}});
        QVERIFY(found.ok());
        QCOMPARE(found->username, QStringLiteral("alice"));
        QCOMPARE(found->password, secret);
    }

    void dockerHubLoginAnswersToEveryName()
    {
        const QString secret = randomSecret();
        QVERIFY(waitDone([&](QObject *context, SecretVault::Done done) {
                    m_store->save(QStringLiteral("https://index.docker.io/v1/"),
                                  login(QStringLiteral("hubuser"), secret), context, done);
                }).ok());
        for (const char *name : {"docker.io", "index.docker.io", "registry-1.docker.io"}) {
            const auto found = findNow(*m_store, {QString::fromLatin1(name), {}});
            QVERIFY(found.ok());
            QCOMPARE(found->password, secret);
        }
    }

    void aLoginThePeerWroteIsRead()
    {
        // secret-tool replaces the item Berth wrote: Berth reads what is in the keyring now.
        const QString secret = randomSecret();
        QVERIFY(waitDone([&](QObject *context, SecretVault::Done done) {
                    m_store->save(QStringLiteral("peer.example:5000"),
                                  login(QStringLiteral("bob"), QStringLiteral("old")), context,
                                  done);
                }).ok());
        const auto stored = KeyringSession::secretTool(
            QStringList{QStringLiteral("store"), QStringLiteral("--label=Berth")} +
                itemAttributes(QStringLiteral("bob@peer.example:5000")) +
                QStringList{QStringLiteral("type"), QStringLiteral("plaintext")},
            secret.toUtf8());
        QCOMPARE(stored.exitCode, 0);
        const auto found =
            findNow(*m_store, {QStringLiteral("peer.example:5000"), QStringLiteral("bob")});
        QVERIFY(found.ok());
        QCOMPARE(found->password, secret);
    }

    void removeClearsKeyringAndList()
    {
        const QString registry = QStringLiteral("gone.example");
        QVERIFY(waitDone([&](QObject *context, SecretVault::Done done) {
                    m_store->save(registry, login(QStringLiteral("carol"), randomSecret()), context,
                                  done);
                }).ok());
        QVERIFY(waitDone([&](QObject *context, SecretVault::Done done) {
                    m_store->remove({registry, QStringLiteral("carol")}, context, done);
                }).ok());
        const auto peer =
            KeyringSession::secretTool(QStringList{QStringLiteral("lookup")} +
                                       itemAttributes(QStringLiteral("carol@gone.example")));
        QVERIFY(peer.exitCode != 0);
        QVERIFY(!m_accounts->find({registry, {}}));
        const auto found = findNow(*m_store, {registry, {}});
        QVERIFY(found.ok());
        QVERIFY(found->isEmpty()); // anonymous now
        const auto again = waitDone([&](QObject *context, SecretVault::Done done) {
            m_store->remove({registry, QStringLiteral("carol")}, context, done);
        });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind(), ErrorKind::NotFound);
    }

    void sessionLoginWinsAndIsWrittenNowhere()
    {
        const QString secret = randomSecret();
        m_store->saveForSession(QStringLiteral("session.example"),
                                login(QStringLiteral("dave"), secret));
        const auto found = findNow(*m_store, {QStringLiteral("session.example"), {}});
        QVERIFY(found.ok());
        QCOMPARE(found->password, secret);
        const auto peer =
            KeyringSession::secretTool(QStringList{QStringLiteral("lookup")} +
                                       itemAttributes(QStringLiteral("dave@session.example")));
        QVERIFY(peer.exitCode != 0);
        QFile list(m_dir.filePath(QStringLiteral("accounts.ini")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QVERIFY(!list.readAll().contains("dave"));
        bool listedAsSession = false;
        for (const auto &account : m_store->accounts())
            listedAsSession |= account.login.username == u"dave" &&
                               account.place == CredentialStore::Place::Session;
        QVERIFY(listedAsSession);
    }

    // Many threads, each asking for logins at once: every answer is the right one, and no
    // QtKeychain job ever starts off the keychain thread (which would crash 0.13).
    void manyThreadsAtOnce()
    {
        constexpr int Logins = 6;
        constexpr int Threads = 8;
        constexpr int AsksPerThread = 12;
        QHash<QString, QString> secrets;
        for (int i = 0; i < Logins; ++i) {
            const QString user = QStringLiteral("user%1").arg(i);
            secrets.insert(user, randomSecret());
            QVERIFY(waitDone([&](QObject *context, SecretVault::Done done) {
                        m_store->save(QStringLiteral("many.example"),
                                      login(user, secrets.value(user)), context, done);
                    }).ok());
        }
        std::atomic<int> right = 0;
        std::atomic<int> wrong = 0;
        QList<QThread *> threads;
        for (int t = 0; t < Threads; ++t) {
            auto *thread = QThread::create([&, t] {
                QObject context;
                int pending = AsksPerThread;
                QEventLoop loop;
                for (int i = 0; i < AsksPerThread; ++i) {
                    const QString user = QStringLiteral("user%1").arg((t + i) % Logins);
                    m_store->find({QStringLiteral("many.example"), user}, &context,
                                  [&, user](const Result<Credentials> &r) {
                                      if (r && r->username == user &&
                                          r->password == secrets.value(user))
                                          ++right;
                                      else
                                          ++wrong;
                                      if (--pending == 0)
                                          loop.quit();
                                  });
                }
                loop.exec();
            });
            threads.append(thread);
            thread->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(right.load(), Threads * AsksPerThread);
    }

    // A Secret Service that does not answer (the daemon stopped): the call ends in a
    // timeout error, the job left behind finishes later by itself, and the vault works on.
    void aSilentKeyringTimesOut()
    {
        const QString pidText =
            TestEnv::readState(QStringLiteral("keyring"), QStringLiteral("keyring.pid"));
        const pid_t daemon = pid_t(pidText.toInt());
        QVERIFY2(daemon > 0, "the keyring fixture does not name its daemon");
        KeychainVault impatient(QStringLiteral("Berth"), 1500);
        QVERIFY(::kill(daemon, SIGSTOP) == 0);
        QObject context;
        std::optional<Result<QString>> answer;
        impatient.read(QStringLiteral("alice@127.0.0.1:5999"), &context,
                       [&answer](const Result<QString> &r) { answer = r; });
        const bool answered = QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000);
        ::kill(daemon, SIGCONT);
        QVERIFY(answered);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind(), ErrorKind::Timeout);
        // The daemon answers again: the next read succeeds on the same vault.
        std::optional<Result<QString>> next;
        impatient.read(QStringLiteral("alice@127.0.0.1:5999"), &context,
                       [&next](const Result<QString> &r) { next = r; });
        QTRY_VERIFY_WITH_TIMEOUT(next.has_value(), 60000);
        QVERIFY2(next->ok(), qPrintable(next->ok() ? QString() : next->error().message()));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_vault.reset();
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
