// SPDX-License-Identifier: GPL-3.0-or-later
// The window's way to ECR: its job queue's source wrapped in an EcrCredentialSource. Eight
// tag-and-push jobs at once to the ECR stand-in's registry through the private dockerd,
// none given a password: each asks the source when it starts, from its worker thread; the
// source resolves the AWS keys (a credentials file) and fetches one token for all of them
// (the stand-in counts the GetAuthorizationToken calls). With a wrong secret, the job fails
// with AWS's own words. A registry job (Berth's own registry requests) whose cached token
// the registry refuses (it lapsed) renews it once and repeats only the refused request; an
// engine push whose token lapsed renews it inside the job and pushes once more; an
// ECR API call whose role session expired assumes the role again and repeats only itself.
#include "aws/ecrclient.h"
#include "aws/ecrcredentialsource.h"
#include "runjobs.h"
#include "testenv.h"
#include "testpeers.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Berth;
using namespace Berth::Jobs;

class TestEcrJobs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_host;
    QString m_endpoint;
    Engine::EngineEndpoint m_engine;

    int tokenCalls() const { return standInCount(QStringLiteral("GetAuthorizationToken")); }

    // One of the stand-in's counters (an operation, "sts:AssumeRole", "refused").
    int standInCount(const QString &name) const
    {
        return QJsonDocument::fromJson(TestPeers::curl({m_endpoint + QStringLiteral("/_stats")}))
            .object()
            .value(name)
            .toInt();
    }

    // The environment the window would have: AWS keys in a credentials file, the stand-in
    // named as the account's registry and API.
    std::shared_ptr<CredentialSource> sourceWith(
        const QString &credentialsFile,
        std::shared_ptr<Aws::EcrTokenCache> cache = std::make_shared<Aws::EcrTokenCache>()) const
    {
        return std::make_shared<Aws::EcrCredentialSource>(
            nullptr, Aws::EcrCredentialSource::Options{environment(credentialsFile), {}},
            std::move(cache));
    }

    QProcessEnvironment environment(const QString &credentialsFile) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentialsFile);
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("none")));
        env.insert(QStringLiteral("BERTH_ECR_REGISTRY_HOSTS"),
                   m_host + QStringLiteral("=123456789012:eu-west-1"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_ECR"), m_endpoint);
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        m_host = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(m_host, "ecr");
        m_endpoint = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("ecr_url"));
        QVERIFY(m_dir.isValid());
        m_engine = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
    }

    void manyJobsShareOneToken()
    {
        const QList<JobSpec> specs =
            tagAndPushSpecs(m_engine, m_host, QStringLiteral("ecrjobs"), 8);
        const int before = tokenCalls();
        const QList<JobRecord> records =
            runJobs(specs, sourceWith(TestEnv::envDir() + QStringLiteral("/ecr/credentials")));
        for (const JobRecord &record : records) {
            QVERIFY2(
                record.state == JobState::Succeeded,
                qPrintable(record.error ? record.error->message() : QStringLiteral("not run")));
            QVERIFY(record.digest.startsWith(u"sha256:"));
        }
        QCOMPARE(tokenCalls(), before + 1);

        // A wrong secret: the job fails with AWS's words, not the registry's refusal.
        QFile wrong(m_dir.filePath(QStringLiteral("wrong")));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("[default]\naws_access_key_id = AKIABERTHTEST0000001\n"
                    "aws_secret_access_key = not-the-secret\n");
        wrong.close();
        const QList<JobRecord> refused = runJobs({specs.first()}, sourceWith(wrong.fileName()));
        QCOMPARE(refused.first().state, JobState::Failed);
        QVERIFY(refused.first().error);
        QVERIFY2(refused.first().error->message().contains(u"InvalidSignatureException"),
                 qPrintable(refused.first().error->message()));
        for (const JobSpec &spec : std::as_const(specs))
            TestPeers::docker({QStringLiteral("rmi"), spec.references.at(1)});
    }

    // A token is used for the first half of its life (the stand-in's live twelve hours),
    // then fetched again: the cache's clock moves, no test waits.
    void tokenFetchedAgainAfterHalfItsLife()
    {
        std::atomic<qint64> skewSeconds = 0; // read on the source's lookup thread
        const auto cache = std::make_shared<Aws::EcrTokenCache>(
            [&skewSeconds] { return QDateTime::currentDateTimeUtc().addSecs(skewSeconds.load()); });
        const auto source =
            sourceWith(TestEnv::envDir() + QStringLiteral("/ecr/credentials"), cache);
        const QList<JobSpec> specs =
            tagAndPushSpecs(m_engine, m_host, QStringLiteral("ecrrenew"), 1);
        const auto pushOnce = [&] {
            const QList<JobRecord> records = runJobs(specs, source);
            return records.first().state == JobState::Succeeded;
        };
        const int before = tokenCalls();
        QVERIFY(pushOnce());
        QCOMPARE(tokenCalls(), before + 1);
        skewSeconds = 6 * 3600 - 60; // still in the first half
        QVERIFY(pushOnce());
        QCOMPARE(tokenCalls(), before + 1);
        skewSeconds = 6 * 3600 + 60;
        QVERIFY(pushOnce());
        QCOMPARE(tokenCalls(), before + 2);
        TestPeers::docker({QStringLiteral("rmi"), specs.first().references.at(1)});
    }

    // The token in the cache lapses between two jobs (the stand-in changes its registry's
    // password): a remote retag, Berth's own registry requests, meets the refusal on its
    // first authorised request, asks the source to renew the login (one new
    // GetAuthorizationToken), repeats that request and succeeds: one job, no rerun.
    void registryJobRenewsALapsedToken()
    {
        const auto cache = std::make_shared<Aws::EcrTokenCache>();
        const auto source =
            sourceWith(TestEnv::envDir() + QStringLiteral("/ecr/credentials"), cache);
        const QList<JobSpec> push =
            tagAndPushSpecs(m_engine, m_host, QStringLiteral("ecrlapse"), 1);
        QCOMPARE(runJobs(push, source).first().state, JobState::Succeeded);
        TestPeers::docker({QStringLiteral("rmi"), push.first().references.at(1)});
        TestPeers::curl({QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-d"),
                         QStringLiteral("{\"rotatePassword\": true}"),
                         m_endpoint + QStringLiteral("/_control")});
        const int before = tokenCalls();
        const int refusedBefore = standInCount(QStringLiteral("refused"));
        JobSpec retag;
        retag.kind = JobKind::RegistryRetag;
        const QString pushed = push.first().references.at(1);
        retag.references = {pushed, pushed.left(pushed.lastIndexOf(u':')) + u":renewed"};
        retag.login = {m_host, {}};
        retag.sourceRegistry.insecure = true;
        const JobRecord record = runJobs({retag}, source).first();
        QVERIFY2(record.state == JobState::Succeeded,
                 qPrintable(record.error ? record.error->message() : QStringLiteral("not run")));
        QCOMPARE(tokenCalls(), before + 1);
        QVERIFY(cache->find(QStringLiteral("123456789012"), QStringLiteral("eu-west-1")));
        // The API saw no refusal: the registry's 401 was answered by one token call.
        QCOMPARE(standInCount(QStringLiteral("refused")), refusedBefore);
    }

    // The same lapse before a tag-and-push: the daemon makes the refused request, so the job
    // asks the source to renew the login (one new GetAuthorizationToken) and pushes once more
    // with it: one job, succeeded, the layers ECR has skipped by the daemon.
    void engineJobRenewsALapsedToken()
    {
        const auto cache = std::make_shared<Aws::EcrTokenCache>();
        const auto source =
            sourceWith(TestEnv::envDir() + QStringLiteral("/ecr/credentials"), cache);
        const QList<JobSpec> first =
            tagAndPushSpecs(m_engine, m_host, QStringLiteral("ecrlapsepush"), 1);
        QCOMPARE(runJobs(first, source).first().state, JobState::Succeeded);
        TestPeers::curl({QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-d"),
                         QStringLiteral("{\"rotatePassword\": true}"),
                         m_endpoint + QStringLiteral("/_control")});
        const int before = tokenCalls();
        JobSpec again = first.first();
        again.references[1] = again.references.at(1) + QStringLiteral("-again");
        const JobRecord record = runJobs({again}, source).first();
        QVERIFY2(record.state == JobState::Succeeded,
                 qPrintable(record.error ? record.error->message() : QStringLiteral("not run")));
        QCOMPARE(tokenCalls(), before + 1);
        QVERIFY(record.digest.startsWith(u"sha256:"));
        for (const QString &name : {first.first().references.at(1), again.references.at(1)})
            TestPeers::docker({QStringLiteral("rmi"), name});
    }

    // A client that assumed a role keeps its keys; the session expires while it lives (the
    // stand-in's expireSessions): the next call is refused with ExpiredTokenException, the
    // role is assumed again and only that call repeated.
    void apiCallRenewsAnExpiredRoleSession()
    {
        QFile accounts(TestEnv::envDir() + QStringLiteral("/ecr/accounts.json"));
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        Aws::ResolvedAwsCredentials keys;
        keys.credentials.accessKeyId = QStringLiteral("AKIABERTHTEST0000001");
        keys.credentials.secretAccessKey = QJsonDocument::fromJson(accounts.readAll())
                                               .object()
                                               .value(QLatin1String("keys"))
                                               .toObject()
                                               .value(keys.credentials.accessKeyId)
                                               .toObject()
                                               .value(QLatin1String("secret"))
                                               .toString();
        keys.region = QStringLiteral("eu-west-1");
        keys.role = Aws::AwsRoleToAssume{QStringLiteral("arn:aws:iam::123456789012:role/berth-ecr"),
                                         QStringLiteral("berth-test"),
                                         {},
                                         3600};
        Aws::EcrClient client(keys, {QUrl(m_endpoint), QUrl(m_endpoint)});
        const auto describe = [&client] {
            std::optional<Result<QJsonObject>> answer;
            client.call(QStringLiteral("DescribeRepositories"), {},
                        [&answer](const Result<QJsonObject> &r) { answer = r; });
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 60000);
            QVERIFY2(answer->ok(),
                     qPrintable(answer->ok() ? QString() : answer->error().message()));
        };
        const int assumed = standInCount(QStringLiteral("sts:AssumeRole"));
        describe();
        describe();
        QCOMPARE(standInCount(QStringLiteral("sts:AssumeRole")), assumed + 1);
        const int refused = standInCount(QStringLiteral("refused"));
        const int calls = standInCount(QStringLiteral("DescribeRepositories"));
        TestPeers::curl({QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-d"),
                         QStringLiteral("{\"expireSessions\": true}"),
                         m_endpoint + QStringLiteral("/_control")});
        describe();
        QCOMPARE(standInCount(QStringLiteral("refused")), refused + 1);
        QCOMPARE(standInCount(QStringLiteral("sts:AssumeRole")), assumed + 2);
        QCOMPARE(standInCount(QStringLiteral("DescribeRepositories")), calls + 1);
    }
};

QTEST_GUILESS_MAIN(TestEcrJobs)
#include "tst_ecrjobs.moc"
