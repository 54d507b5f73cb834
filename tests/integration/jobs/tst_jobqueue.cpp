// SPDX-License-Identifier: GPL-3.0-or-later
// The job pool against the private dockerd, the open registry and the fault proxy in front
// of it. What the pool did is counted from outside Berth where it can be: the proxy's
// request log, the docker CLI.
#include "credentials/sessioncredentials.h"
#include "jobs/jobhistory.h"
#include "jobs/jobqueue.h"
#include "testenv.h"
#include "testpeers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocalServer>
#include <QLockFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Berth;
using namespace Berth::Jobs;
using TestPeers::docker;
using TestPeers::proxyConnectionsOpen;
using TestPeers::proxyFault;
using TestPeers::proxyReset;
using TestPeers::proxyStats;

namespace {

// Most jobs at once that the proxy saw: a pull is busy from its first request to the end
// of its last one, and the pulls are told apart by repository.
int mostPullsAtOnce(const QJsonArray &log, const QRegularExpression &repository)
{
    QHash<QString, std::pair<double, double>> spans;
    for (const QJsonValue &value : log) {
        const QJsonObject request = value.toObject();
        const auto match = repository.match(request.value(u"path").toString());
        if (!match.hasMatch())
            continue;
        const double start = request.value(u"start").toDouble();
        const double end = request.value(u"end").toDouble();
        auto it = spans.find(match.captured(1));
        if (it == spans.end())
            spans.insert(match.captured(1), {start, end});
        else
            *it = {qMin(it->first, start), qMax(it->second, end)};
    }
    QList<std::pair<double, int>> edges;
    for (const auto &[start, end] : std::as_const(spans)) {
        edges.append({start, +1});
        edges.append({end, -1});
    }
    std::sort(edges.begin(), edges.end()); // an end sorts before a start at the same time
    int open = 0;
    int most = 0;
    for (const auto &edge : std::as_const(edges)) {
        open += edge.second;
        most = qMax(most, open);
    }
    return most;
}

// The same from the proxy's statistics, for the repositories `pattern` captures; -1 when
// they cannot be read.
int mostPullsAtProxy(const QString &pattern)
{
    const auto stats = proxyStats();
    return stats ? mostPullsAtOnce(stats->value(u"log").toArray(), QRegularExpression(pattern))
                 : -1;
}

} // namespace

class TestJobQueue final : public QObject
{
    Q_OBJECT

private:
    JobSpec spec(JobKind kind, const QStringList &references) const
    {
        JobSpec s;
        s.kind = kind;
        s.endpoint = m_endpoint;
        s.references = references;
        return s;
    }

    // An image of one layer of random bytes, pushed to the registry (not through the
    // proxy) and removed locally; returns its name behind the proxy.
    QString randomImageBehindProxy(const QString &name, int bytes)
    {
        QFile data(m_work.filePath(name + QStringLiteral(".data")));
        if (!data.open(QIODevice::WriteOnly))
            return {};
        QFile random(QStringLiteral("/dev/urandom"));
        if (!random.open(QIODevice::ReadOnly))
            return {};
        data.write(random.read(bytes));
        data.close();
        const QString tar = m_work.filePath(name + QStringLiteral(".tar"));
        if (!TestPeers::run(QStringLiteral("tar"),
                            {QStringLiteral("-C"), m_work.path(), QStringLiteral("-cf"), tar,
                             name + QStringLiteral(".data")}))
            return {};
        const QString direct = m_registry + QStringLiteral("/jobs/") + name + u':' + m_run;
        if (!docker({QStringLiteral("import"), tar, direct}) ||
            !docker({QStringLiteral("push"), direct}) || !docker({QStringLiteral("rmi"), direct}))
            return {};
        return m_proxy + QStringLiteral("/jobs/") + name + u':' + m_run;
    }

    // A pull on an engine that accepts and never answers: the job stays Running.
    JobSpec pullFrom(const QLocalServer &silent) const
    {
        JobSpec stuck = spec(JobKind::Pull, {QStringLiteral("berth-test/busybox:1.0")});
        stuck.endpoint = *Engine::EngineEndpoint::parse(silent.fullServerName());
        return stuck;
    }

    // Empty when every job is in the history as cancelled or interrupted; else which is not.
    static QString lostOrUnended(const QString &file, const QStringList &ids)
    {
        const auto entries = JobHistory(file).load();
        if (!entries)
            return entries.error().message();
        for (const QString &id : ids) {
            const auto entry = std::find_if(entries->cbegin(), entries->cend(),
                                            [&](const HistoryEntry &e) { return e.id == id; });
            if (entry == entries->cend())
                return id + QStringLiteral(" was lost");
            if (entry->result != u"cancelled" && entry->result != u"interrupted")
                return id + QStringLiteral(" is ") + entry->result;
        }
        return {};
    }

    static bool imageExists(const QString &name)
    {
        QProcess inspect; // not TestPeers::run, which warns about the expected failures
        inspect.start(QStringLiteral("/usr/bin/docker"),
                      {QStringLiteral("-H"), TestEnv::dockerHost(), QStringLiteral("image"),
                       QStringLiteral("inspect"), name});
        return inspect.waitForFinished(30000) && inspect.exitStatus() == QProcess::NormalExit &&
               inspect.exitCode() == 0;
    }

    Engine::EngineEndpoint m_endpoint;
    QString m_registry; // host:port of the open registry
    QString m_proxy;    // host:port of the fault proxy in front of it
    QString m_run;      // a tag of this run's own
    QTemporaryDir m_work;
    QString m_cancelledPull; // the reference the cancel test left for the retry test
    QString m_cancelledId;
    std::unique_ptr<JobQueue> m_retryQueue;

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        m_registry = TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(m_registry, "registry_open");
        m_proxy = TestEnv::readState(QStringLiteral("faultproxy"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(m_proxy, "faultproxy");
        const auto endpoint = Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        QVERIFY(endpoint.ok());
        m_endpoint = *endpoint;
        m_run = QString::number(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(m_work.isValid());
        QVERIFY(proxyReset());
    }

    void cleanup() { QVERIFY(proxyReset()); }

    void twentyPullsNeverMoreThanThreeAtOnce()
    {
        // Twenty repositories of one small image; each pull is held 0.4 s at the proxy
        // on its manifest, so pulls that may overlap do.
        QList<QProcess *> pushes;
        QStringList pulls;
        for (int i = 0; i < 20; ++i) {
            const QString path = QStringLiteral("/jobs/limit%1:").arg(i) + m_run;
            QVERIFY(docker({QStringLiteral("tag"), QStringLiteral("berth-test/busybox:1.0"),
                            m_registry + path}));
            auto *push = new QProcess(this);
            push->start(QStringLiteral("/usr/bin/docker"),
                        {QStringLiteral("-H"), TestEnv::dockerHost(), QStringLiteral("push"),
                         m_registry + path});
            pushes.append(push);
            pulls.append(m_proxy + path);
        }
        for (QProcess *push : std::as_const(pushes)) {
            QVERIFY(push->waitForFinished(60000));
            QCOMPARE(push->exitCode(), 0);
            QVERIFY(docker({QStringLiteral("rmi"), push->arguments().last()}));
        }
        qDeleteAll(pushes);
        QVERIFY(proxyFault(R"({"mode": "throttle", "rate": 100000000, "delay": 0.4,
                               "match": "^(GET|HEAD) /v2/jobs/limit[0-9]+/manifests/"})"));

        JobQueue queue(JobQueue::Limits::all(3));
        int mostRunning = 0;
        connect(&queue, &JobQueue::jobChanged, this,
                [&] { mostRunning = qMax(mostRunning, queue.runningCount()); });
        for (const QString &pull : std::as_const(pulls))
            queue.enqueue(spec(JobKind::Pull, {pull}));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 120000);

        for (const JobRecord &job : queue.jobs()) {
            QVERIFY2(job.state == JobState::Succeeded,
                     qPrintable(job.spec.title() + u": " +
                                (job.error ? job.error->message() : QString())));
            QVERIFY(job.digest.startsWith(u"sha256:"));
            QVERIFY(imageExists(job.spec.references.first()));
        }
        const int most = mostPullsAtProxy(QStringLiteral("^/v2/jobs/limit(\\d+)/"));
        QVERIFY2(most >= 0, "the proxy's statistics cannot be read");
        qInfo("20 pulls, limit 3: at most %d at once at the proxy, at most %d running in the "
              "queue",
              most, mostRunning);
        QVERIFY2(most <= 3, "more than 3 pulls ran at once");
        QVERIFY2(most >= 2, "the pulls did not run in parallel");
        QCOMPARE(mostRunning, 3);
        for (const QString &pull : std::as_const(pulls))
            QVERIFY(docker({QStringLiteral("rmi"), pull}));
    }

    // The Settings dialog's number of parallel jobs, changed while the pool works: a raised
    // limit starts a job that waits, and the running one goes on.
    void raisedLimitStartsAWaitingJob()
    {
        QVERIFY(proxyFault(R"({"mode": "stall", "bytes": 0,
                               "match": "^(GET|HEAD) /v2/jobs/held[0-9]/manifests/"})"));
        JobQueue queue(JobQueue::Limits::all(1));
        const QString first =
            queue.enqueue(spec(JobKind::Pull, {m_proxy + QStringLiteral("/jobs/held1:") + m_run}));
        const QString second =
            queue.enqueue(spec(JobKind::Pull, {m_proxy + QStringLiteral("/jobs/held2:") + m_run}));
        QCOMPARE(queue.job(first)->state, JobState::Running);
        QCOMPARE(queue.job(second)->state, JobState::Queued);
        queue.setLimits(JobQueue::Limits::all(2));
        QCOMPARE(queue.limits().global, 2);
        QTRY_COMPARE_WITH_TIMEOUT(queue.job(second)->state, JobState::Running, 60000);
        QCOMPARE(queue.job(first)->state, JobState::Running);
        queue.cancel(first);
        queue.cancel(second);
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 60000);
    }

    void perRegistryLimitApartFromTheGlobalOne()
    {
        // Global limit 4, one job per registry: the open registry and the proxy in front of
        // it are two hosts, so two pulls run at once, never two against the same host. The
        // proxy holds each manifest 0.4 s, so a pull through it overlaps the direct ones.
        QStringList direct;
        QStringList proxied;
        for (int i = 0; i < 3; ++i) {
            const QString path = QStringLiteral("/jobs/perregistry%1:").arg(i) + m_run;
            QVERIFY(docker({QStringLiteral("tag"), QStringLiteral("berth-test/busybox:1.0"),
                            m_registry + path}));
            QVERIFY(docker({QStringLiteral("push"), m_registry + path}));
            QVERIFY(docker({QStringLiteral("rmi"), m_registry + path}));
            direct.append(m_registry + path);
            proxied.append(m_proxy + path);
        }
        QVERIFY(proxyFault(R"({"mode": "throttle", "rate": 100000000, "delay": 0.4,
                               "match": "^(GET|HEAD) /v2/jobs/perregistry[0-9]+/manifests/"})"));

        JobQueue::Limits limits = JobQueue::Limits::all(4);
        limits.perRegistry = 1;
        JobQueue queue(limits);
        QHash<QString, int> mostPerHost;
        int mostRunning = 0;
        connect(&queue, &JobQueue::jobChanged, this, [&] {
            QHash<QString, int> perHost;
            for (const JobRecord &job : queue.jobs()) {
                if (job.state == JobState::Running)
                    ++perHost[job.spec.references.first().section(u'/', 0, 0)];
            }
            for (auto it = perHost.cbegin(); it != perHost.cend(); ++it)
                mostPerHost[it.key()] = qMax(mostPerHost.value(it.key()), it.value());
            mostRunning = qMax(mostRunning, queue.runningCount());
        });
        for (int i = 0; i < 3; ++i) {
            queue.enqueue(spec(JobKind::Pull, {proxied.at(i)}));
            queue.enqueue(spec(JobKind::Pull, {direct.at(i)}));
        }
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 120000);
        for (const JobRecord &job : queue.jobs()) {
            QVERIFY2(job.state == JobState::Succeeded,
                     qPrintable(job.spec.title() + u": " +
                                (job.error ? job.error->message() : QString())));
        }
        // Seen from outside: the proxy never served two of these pulls at once.
        const int mostAtProxy = mostPullsAtProxy(QStringLiteral("^/v2/jobs/perregistry(\\d+)/"));
        qInfo("6 pulls over 2 hosts, 1 per registry of 4: at most %d at once at the proxy, "
              "%d running in the queue (%d against the registry, %d against the proxy)",
              mostAtProxy, mostRunning, mostPerHost.value(m_registry), mostPerHost.value(m_proxy));
        QCOMPARE(mostAtProxy, 1);
        QCOMPARE(mostPerHost.value(m_registry), 1);
        QCOMPARE(mostPerHost.value(m_proxy), 1);
        QCOMPARE(mostRunning, 2);
        for (const QString &pull : direct + proxied)
            QVERIFY(docker({QStringLiteral("rmi"), pull}));
    }

    void cancelMidPullStopsTheTransferAndLeavesNoImage()
    {
        m_cancelledPull = randomImageBehindProxy(QStringLiteral("cancel"), 8'000'000);
        QVERIFY(!m_cancelledPull.isEmpty());
        QVERIFY(proxyFault(R"({"mode": "throttle", "rate": 200000})"));

        m_retryQueue = std::make_unique<JobQueue>(JobQueue::Limits::all(3));
        JobQueue &queue = *m_retryQueue;
        int reports = 0;
        QElapsedTimer running;
        connect(&queue, &JobQueue::jobChanged, this, [&](const JobRecord &job) {
            if (job.state == JobState::Running) {
                if (!running.isValid())
                    running.start();
                ++reports;
            }
        });
        m_cancelledId = queue.enqueue(spec(JobKind::Pull, {m_cancelledPull}));
        QTRY_VERIFY_WITH_TIMEOUT(queue.job(m_cancelledId)->progress.bytesDone > 500'000, 30000);
        QVERIFY2(proxyConnectionsOpen() >= 1, "the daemon has no connection to the registry");

        const double runSeconds = running.elapsed() / 1000.0;
        QVERIFY2(
            reports <= 10 * runSeconds + 2,
            qPrintable(QStringLiteral("%1 progress reports in %2 s").arg(reports).arg(runSeconds)));
        queue.cancel(m_cancelledId);
        // The job ends cancelled and the daemon drops its connection to the registry; the
        // blob's transfer then stopped short of its 8 MB (at 200 kB/s it would take 40 s).
        // How fast the cancel takes effect is measured by tests/bench (bench_latency).
        QTRY_VERIFY_WITH_TIMEOUT(queue.job(m_cancelledId)->state == JobState::Cancelled, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(proxyConnectionsOpen(), 0, 30000);
        const auto stats = proxyStats();
        QVERIFY(stats);
        qint64 blobBytes = 0;
        for (const QJsonValue &request : stats->value(u"log").toArray()) {
            if (request.toObject().value(u"path").toString().contains(u"/blobs/sha256:"))
                blobBytes = qMax(blobBytes, qint64(request.toObject().value(u"sent").toDouble()));
        }
        qInfo("cancel: %lld blob bytes sent; %d progress reports in %.1f s", blobBytes, reports,
              runSeconds);
        QVERIFY2(blobBytes >= 500'000 && blobBytes < 8'000'000,
                 qPrintable(QString::number(blobBytes)));
        QCOMPARE(queue.job(m_cancelledId)->error->kind(), ErrorKind::Cancelled);
        QVERIFY(!imageExists(m_cancelledPull));
    }

    void retryRunsTheCancelledPullAgain()
    {
        QVERIFY(m_retryQueue);
        JobQueue &queue = *m_retryQueue;
        QVERIFY(queue.retry(m_cancelledId));
        QCOMPARE(queue.job(m_cancelledId)->attempt, 2);
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(m_cancelledId)->state), 60000);
        const JobRecord job = *queue.job(m_cancelledId);
        QVERIFY2(job.state == JobState::Succeeded,
                 qPrintable(job.error ? job.error->message() : QString()));
        const auto repoDigests =
            docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                    QStringLiteral("{{json .RepoDigests}}"), m_cancelledPull});
        QVERIFY(repoDigests);
        QVERIFY2(repoDigests->contains(u'@' + job.digest), qPrintable(*repoDigests));
        QVERIFY(!queue.retry(m_cancelledId)); // a job that succeeded is not retried
        m_retryQueue.reset();
        QVERIFY(docker({QStringLiteral("rmi"), m_cancelledPull}));
    }

    void failedRetagPutsTheTargetBack()
    {
        // Nothing listens on port 1: the push fails once the tag is made.
        const QString fresh = QStringLiteral("127.0.0.1:1/jobs/fresh:") + m_run;
        const QString taken = QStringLiteral("127.0.0.1:1/jobs/taken:") + m_run;
        QVERIFY(docker({QStringLiteral("tag"), QStringLiteral("berth-test/web:1.0"), taken}));
        const auto webId =
            docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                    QStringLiteral("{{.Id}}"), QStringLiteral("berth-test/web:1.0")});
        QVERIFY(webId);

        JobQueue queue(JobQueue::Limits::all(2));
        const QString freshId =
            queue.enqueue(spec(JobKind::Retag, {QStringLiteral("berth-test/busybox:1.0"), fresh}));
        const QString takenId =
            queue.enqueue(spec(JobKind::Retag, {QStringLiteral("berth-test/busybox:1.0"), taken}));
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 60000);
        QCOMPARE(queue.job(freshId)->state, JobState::Failed);
        QCOMPARE(queue.job(takenId)->state, JobState::Failed);
        QVERIFY2(!imageExists(fresh), "the tag the job made is still there");
        const auto takenNow =
            docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                    QStringLiteral("{{.Id}}"), taken});
        QCOMPARE(takenNow, webId); // back on the image it named before
        QVERIFY(docker({QStringLiteral("rmi"), taken}));
    }

    void onlyAnUnreachableEngineIsRetriedByItself()
    {
        JobQueue queue(JobQueue::Limits::all(2));
        queue.setRetryBackoff(std::chrono::milliseconds(50));
        JobSpec nowhere = spec(JobKind::Pull, {QStringLiteral("berth-test/busybox:1.0")});
        nowhere.endpoint =
            *Engine::EngineEndpoint::parse(m_work.filePath(QStringLiteral("no.sock")));
        const QString unreachableId = queue.enqueue(nowhere);
        const QString missingId = queue.enqueue(
            spec(JobKind::Pull, {m_proxy + QStringLiteral("/jobs/missing:") + m_run}));
        QHash<QString, int> runs;
        // Both started at once, before the spy below.
        QHash<QString, JobState> last{{unreachableId, JobState::Running},
                                      {missingId, JobState::Running}};
        connect(&queue, &JobQueue::jobChanged, this, [&](const JobRecord &job) {
            if (job.state == JobState::Running && last.value(job.id) != JobState::Running)
                ++runs[job.id];
            last.insert(job.id, job.state);
        });
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 60000);
        QCOMPARE(queue.job(unreachableId)->state, JobState::Failed);
        QCOMPARE(queue.job(unreachableId)->error->kind(), ErrorKind::Unreachable);
        QCOMPARE(queue.job(missingId)->state, JobState::Failed);
        // Runs after the first: three automatic retries, and none for a missing image.
        QCOMPARE(runs.value(unreachableId), 3);
        QCOMPARE(runs.value(missingId), 0);
    }

    // Run Again of a save whose folder is gone: on a worker whose engine client already
    // knows the API version, the job still ends (Failed, saying why) rather than staying
    // Running with nothing to cancel.
    void saveIntoAGoneFolderFailsOnAWorkerThatKnowsTheEngine()
    {
        JobQueue queue(JobQueue::Limits::all(1)); // one worker: the second job reuses its client
        JobSpec first = spec(JobKind::Save, {QStringLiteral("berth-test/busybox:1.0")});
        first.filePath = m_work.filePath(QStringLiteral("first.tar"));
        const QString firstId = queue.enqueue(first);
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(firstId)->state), 60000);
        QCOMPARE(queue.job(firstId)->state, JobState::Succeeded);

        JobSpec again = first;
        again.filePath = m_work.filePath(QStringLiteral("gone/again.tar"));
        const QString againId = queue.enqueue(again);
        QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(againId)->state), 30000);
        QCOMPARE(queue.job(againId)->state, JobState::Failed);
        QCOMPARE(queue.job(againId)->error->kind(), ErrorKind::Io);
    }

    // Closing while another process holds the history's lock: the queue ends (no blocking
    // call per worker, no wait per history write), and no job is lost: what ran and what waited end
    // up recorded as cancelled or interrupted, here by the next reader's sweep once the lock is
    // free.
    void closingWithTheHistoryLockedIsBoundedAndLosesNoJob()
    {
        QLocalServer silent;
        QVERIFY(silent.listen(
            m_work.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sock")));
        const JobSpec stuck = pullFrom(silent);
        const QString file = m_work.filePath(QStringLiteral("locked/jobs.json"));
        auto history = std::make_unique<JobHistory>(file);
        auto queue = std::make_unique<JobQueue>(JobQueue::Limits::all(1), history.get());
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids.append(queue->enqueue(stuck)); // one runs, three wait
        QTRY_COMPARE(queue->runningCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile raw(file);
                const QByteArray bytes = raw.open(QIODevice::ReadOnly) ? raw.readAll() : "";
                return std::all_of(ids.cbegin(), ids.cend(),
                                   [&](const QString &id) { return bytes.contains(id.toUtf8()); });
            }(),
            10000);

        auto held = std::make_unique<QLockFile>(file + QStringLiteral(".lock"));
        QVERIFY(held->tryLock(0));
        // Each pending write would wait hours for the lock on its own: the queue's closing
        // deadline ends them all together, or the test never ends.
        history->setLockPatience(std::chrono::hours(3));
        queue.reset();

        held.reset();
        history.reset(); // this process's jobs are over: its owner lock goes
        const QString missing = lostOrUnended(file, ids);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    // The same with the lock held before the jobs were even queued: nothing of theirs
    // reached the file, and what the closing could not write is kept aside by this
    // process and merged by the next reader once this process has ended.
    void closingWithTheHistoryLockedAllAlongLosesNoJob()
    {
        QLocalServer silent;
        QVERIFY(silent.listen(
            m_work.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sock")));
        const JobSpec stuck = pullFrom(silent);
        const QString file = m_work.filePath(QStringLiteral("locked-all-along/jobs.json"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        auto held = std::make_unique<QLockFile>(file + QStringLiteral(".lock"));
        QVERIFY(held->tryLock(0));
        auto history = std::make_unique<JobHistory>(file);
        auto queue = std::make_unique<JobQueue>(JobQueue::Limits::all(1), history.get());
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.append(queue->enqueue(stuck));
        QTRY_COMPARE(queue->runningCount(), 1);
        history->setLockPatience(std::chrono::hours(3)); // as above
        queue.reset();
        history.reset();
        QVERIFY(!QFile::exists(file)); // nothing could be written while the lock was held

        held.reset();
        const QString missing = lostOrUnended(file, ids);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        // Merged once: the next reader finds one entry per job, no second copy.
        QCOMPARE(JobHistory(file).load()->size(), ids.size());
    }

    // Retry runs the job again under the same id: the failure stays in the history beside
    // the new attempt, each attempt an entry of its own.
    void retryKeepsTheFailedAttemptInTheHistory()
    {
        const QString file = m_work.filePath(QStringLiteral("retry/jobs.json"));
        QString id;
        {
            JobHistory history(file);
            JobQueue queue(JobQueue::Limits::all(1), &history);
            id = queue.enqueue(
                spec(JobKind::Pull, {m_proxy + QStringLiteral("/jobs/missing:") + m_run}));
            QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)->state), 60000);
            QCOMPARE(queue.job(id)->state, JobState::Failed);
            QVERIFY(queue.retry(id));
            QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)->state), 60000);
            QCOMPARE(queue.job(id)->attempt, 2);
        }
        const auto entries = JobHistory(file).load();
        QVERIFY(entries.ok());
        QList<int> attempts;
        for (const HistoryEntry &entry : *entries) {
            if (entry.id != id)
                continue;
            attempts.append(entry.attempt);
            QCOMPARE(entry.result, QStringLiteral("failed"));
            QVERIFY(!entry.error.isEmpty());
        }
        QCOMPARE(attempts, (QList<int>{1, 2}));
    }

    // A load's layers end done, and the job (its status, its output, its history entry)
    // names the images it loaded, as the daemon's stream said them.
    void loadEndsWithItsLayersDoneAndNamesWhatItLoaded()
    {
        // An image the engine does not have, so that its layer is loaded, not skipped.
        const QString image = QStringLiteral("berth-test/jobs-load:") + m_run;
        QFile data(m_work.filePath(QStringLiteral("load.data")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(QByteArray(300'000, 'x') + m_run.toUtf8());
        data.close();
        const QString layerTar = m_work.filePath(QStringLiteral("load-layer.tar"));
        QVERIFY(TestPeers::run(QStringLiteral("tar"),
                               {QStringLiteral("-C"), m_work.path(), QStringLiteral("-cf"),
                                layerTar, QStringLiteral("load.data")}));
        QVERIFY(docker({QStringLiteral("import"), layerTar, image}));
        const QString tar = m_work.filePath(QStringLiteral("load.tar"));
        QVERIFY(docker({QStringLiteral("save"), QStringLiteral("-o"), tar, image}));
        QVERIFY(docker({QStringLiteral("rmi"), image}));
        const QString file = m_work.filePath(QStringLiteral("load/jobs.json"));
        const QString loaded = QStringLiteral("Loaded image: ") + image;
        QString id;
        {
            JobHistory history(file);
            JobQueue queue(JobQueue::Limits::all(1), &history);
            JobSpec load = spec(JobKind::Load, {});
            load.filePath = tar;
            id = queue.enqueue(load);
            QTRY_VERIFY_WITH_TIMEOUT(isFinished(queue.job(id)->state), 60000);
            const JobRecord job = *queue.job(id);
            QVERIFY2(job.state == JobState::Succeeded,
                     qPrintable(job.error ? job.error->message() : QString()));
            QVERIFY(!job.progress.layers.isEmpty());
            for (const Engine::LayerProgress &layer : job.progress.layers)
                QVERIFY2(layer.done, qPrintable(layer.id + u' ' + layer.state));
            QVERIFY2(job.output.contains(loaded), qPrintable(job.output.join(u'|')));
            QVERIFY2(job.progress.status.contains(loaded), qPrintable(job.progress.status));
        }
        const auto entries = JobHistory(file).load();
        QVERIFY(entries.ok());
        const auto entry = std::find_if(entries->cbegin(), entries->cend(),
                                        [&](const HistoryEntry &e) { return e.id == id; });
        QVERIFY(entry != entries->cend());
        QCOMPARE(entry->result, QStringLiteral("succeeded"));
        QVERIFY2(entry->output.contains(loaded), qPrintable(entry->output.join(u'|')));
        QVERIFY(docker({QStringLiteral("rmi"), image}));
    }

    void historyKeepsEveryJobAndNoSecret()
    {
        const QString file = m_work.filePath(QStringLiteral("history/jobs.json"));
        QString cancelledId;
        QString failedId;
        {
            JobHistory history(file);
            JobQueue queue(JobQueue::Limits::all(2), &history);
            // The secret stays with the source; the job fetches it when it starts.
            auto logins = std::make_shared<Berth::Auth::SessionCredentials>();
            logins->add(m_proxy,
                        {QStringLiteral("alice"), QStringLiteral("never-in-the-history"), {}, {}});
            queue.setCredentialSource(logins);
            JobSpec pull = spec(JobKind::Pull, {QStringLiteral("berth-test/busybox:1.0")});
            cancelledId =
                queue.enqueue(spec(JobKind::Save, {QStringLiteral("berth-test/busybox:1.0")}));
            queue.cancel(cancelledId); // still queued: cancelled at once
            pull.login = {m_proxy, QStringLiteral("alice")};
            pull.references = {m_proxy + QStringLiteral("/jobs/missing:") + m_run};
            failedId = queue.enqueue(pull);
            QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 60000);
        }
        JobHistory reader(file);
        const auto entries = reader.load();
        QVERIFY(entries.ok());
        QHash<QString, HistoryEntry> byId;
        for (const HistoryEntry &entry : *entries)
            byId.insert(entry.id, entry);
        QCOMPARE(byId.value(cancelledId).result, QStringLiteral("cancelled"));
        QCOMPARE(byId.value(failedId).result, QStringLiteral("failed"));
        QVERIFY(!byId.value(failedId).error.isEmpty());
        QVERIFY(byId.value(failedId).start.isValid());
        QVERIFY(byId.value(failedId).end >= byId.value(failedId).start);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("never-in-the-history"));
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
