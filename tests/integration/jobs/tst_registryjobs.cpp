// SPDX-License-Identifier: GPL-3.0-or-later
// The registry kinds of the job pool (copy, remote retag, remote delete) against real
// registries: per-blob progress, the destination checked by skopeo, the history entry (and
// no password in it), a cancel that PUTs no manifest.
#include "credentials/sessioncredentials.h"
#include "jobs/jobhistory.h"
#include "jobs/jobqueue.h"
#include "testenv.h"
#include "testpeers.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Jobs;

namespace {

QString state(const char *service, const char *file)
{
    return TestEnv::readState(QLatin1StringView(service), QLatin1StringView(file));
}

// seed.sh image: "MANIFEST_DIGEST LAYER_DIGEST LAYER_SIZE", pushed with curl.
QStringList seedImage(const QString &url, const QString &repository, int bytes,
                      const QStringList &curlArgs = {})
{
    const auto out =
        TestPeers::run(QStringLiteral("bash"),
                       QStringList{qEnvironmentVariable("BERTH_SOURCE_DIR") +
                                       QStringLiteral("/tests/integration/registry/seed.sh"),
                                   QStringLiteral("image"), url, repository, QStringLiteral("v1"),
                                   QString::number(bytes)} +
                           curlArgs);
    return out ? out->split(u' ') : QStringList();
}

QByteArray skopeoRaw(const QString &reference, const QStringList &creds = {})
{
    QProcess p;
    p.start(QStringLiteral("skopeo"),
            QStringList{QStringLiteral("inspect"), QStringLiteral("--raw"),
                        QStringLiteral("--tls-verify=false")} +
                creds + QStringList{QStringLiteral("docker://") + reference});
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

} // namespace

class TestRegistryJobs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;

    static JobSpec spec(JobKind kind, const QStringList &references)
    {
        JobSpec s;
        s.kind = kind;
        s.references = references;
        return s;
    }

    // The jobs name alice's login; the secret waits here until a job asks for it.
    static std::shared_ptr<CredentialSource> aliceAt(const QString &registry)
    {
        auto logins = std::make_shared<Auth::SessionCredentials>();
        Credentials alice;
        alice.username = QStringLiteral("alice");
        alice.password = QStringLiteral("alice-secret-1");
        logins->add(registry, alice);
        return logins;
    }

private Q_SLOTS:
    void copyAsAJob()
    {
        const QString open = state("registry_open", "host");
        const QString basic = state("registry_htpasswd", "host");
        const QStringList seeded =
            seedImage(state("registry_open", "url"), QStringLiteral("jobs/copy"), 1 << 20);
        QCOMPARE(seeded.size(), 3);
        const QString file = m_work.filePath(QStringLiteral("copy/jobs.json"));
        JobSpec s = spec(JobKind::RegistryCopy, {open + QStringLiteral("/jobs/copy:v1"),
                                                 basic + QStringLiteral("/jobs/copied:v1")});
        s.destinationLogin = {basic, QStringLiteral("alice")};
        QCOMPARE(s.title(),
                 QStringLiteral("Copy %1/jobs/copy:v1 to %2/jobs/copied:v1").arg(open, basic));
        QCOMPARE(s.limitKeys(), (QStringList{QStringLiteral("registry:") + open,
                                             QStringLiteral("registry:") + basic}));
        QString id;
        bool sawBlob = false;
        {
            JobHistory history(file);
            JobQueue queue(JobQueue::Limits::all(2), &history);
            queue.setCredentialSource(aliceAt(basic));
            connect(&queue, &JobQueue::jobChanged, this, [&sawBlob](const JobRecord &r) {
                for (const auto &layer : r.progress.layers)
                    sawBlob = sawBlob || (layer.total > 0 && layer.current > 0);
            });
            id = queue.enqueue(s);
            QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)->state), 60000);
            const JobRecord record = *queue.job(id);
            QVERIFY2(record.state == JobState::Succeeded,
                     qPrintable(record.error ? record.error->message() : QString()));
            QCOMPARE(record.digest, seeded.at(0));
        }
        QVERIFY(sawBlob);
        QCOMPARE(skopeoRaw(basic + QStringLiteral("/jobs/copied:v1"),
                           {QStringLiteral("--creds"), QStringLiteral("alice:alice-secret-1")}),
                 skopeoRaw(open + QStringLiteral("/jobs/copy:v1")));
        const auto entries = JobHistory(file).load();
        QVERIFY(entries.ok());
        bool found = false;
        for (const HistoryEntry &entry : *entries)
            if (entry.id == id && entry.result == u"succeeded") {
                found = true;
                QCOMPARE(entry.kind, QStringLiteral("registry-copy"));
                QCOMPARE(entry.digest, seeded.at(0));
            }
        QVERIFY(found);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("alice-secret-1"));
    }

    void retagAndDeleteAsJobs()
    {
        const QString open = state("registry_open", "host");
        const QStringList seeded =
            seedImage(state("registry_open", "url"), QStringLiteral("jobs/retag"), 4096);
        QCOMPARE(seeded.size(), 3);
        JobQueue queue(JobQueue::Limits::all(1));
        const QString retag =
            queue.enqueue(spec(JobKind::RegistryRetag, {open + QStringLiteral("/jobs/retag:v1"),
                                                        open + QStringLiteral("/jobs/retag:v2")}));
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(retag)->state), 60000);
        QCOMPARE(queue.job(retag)->state, JobState::Succeeded);
        QCOMPARE(skopeoRaw(open + QStringLiteral("/jobs/retag:v2")),
                 skopeoRaw(open + QStringLiteral("/jobs/retag:v1")));
        const QString removal = queue.enqueue(
            spec(JobKind::RegistryDelete, {open + QStringLiteral("/jobs/retag@") + seeded.at(0)}));
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(removal)->state), 60000);
        QCOMPARE(queue.job(removal)->state, JobState::Succeeded);
        QVERIFY(skopeoRaw(open + QStringLiteral("/jobs/retag:v1")).isEmpty());
        QVERIFY(skopeoRaw(open + QStringLiteral("/jobs/retag:v2")).isEmpty());
    }

    void cancelPutsNoManifest()
    {
        QVERIFY(TestPeers::proxyReset());
        QVERIFY(
            TestPeers::proxyFault(R"({"mode": "throttle", "rate": 262144, "match": "^PATCH "})"));
        const QString proxy = state("faultproxy", "host");
        const QStringList seeded =
            seedImage(state("registry_htpasswd", "url"), QStringLiteral("jobs/cancel"), 4 << 20,
                      {QStringLiteral("-u"), QStringLiteral("alice:alice-secret-1")});
        QCOMPARE(seeded.size(), 3);
        JobSpec s = spec(JobKind::RegistryCopy,
                         {state("registry_htpasswd", "host") + QStringLiteral("/jobs/cancel:v1"),
                          proxy + QStringLiteral("/jobs/cancelled:v1")});
        s.login = {state("registry_htpasswd", "host"), QStringLiteral("alice")};
        JobQueue queue(JobQueue::Limits::all(1));
        queue.setCredentialSource(aliceAt(state("registry_htpasswd", "host")));
        const QString id = queue.enqueue(s);
        QTRY_VERIFY_WITH_TIMEOUT(queue.job(id)->progress.bytesDone > 0, 60000);
        queue.cancel(id);
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)->state), 60000);
        QCOMPARE(queue.job(id)->state, JobState::Cancelled);
        const auto stats = TestPeers::proxyStats();
        QVERIFY(stats);
        int manifestPuts = 0;
        int sessionDeletes = 0;
        for (const QJsonValue &v : stats->value(u"log").toArray()) {
            const QJsonObject e = v.toObject();
            const QString path = e.value(u"path").toString();
            if (e.value(u"method").toString() == u"PUT" &&
                path.contains(QLatin1StringView("/manifests/")))
                ++manifestPuts;
            if (e.value(u"method").toString() == u"DELETE" &&
                path.contains(QLatin1StringView("/blobs/uploads/")))
                ++sessionDeletes;
        }
        QCOMPARE(manifestPuts, 0);
        QVERIFY(sessionDeletes >= 1);
        QVERIFY(TestPeers::proxyReset());
    }
};

QTEST_GUILESS_MAIN(TestRegistryJobs)
#include "tst_registryjobs.moc"
