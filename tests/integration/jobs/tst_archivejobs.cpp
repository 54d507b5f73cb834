// SPDX-License-Identifier: GPL-3.0-or-later
// Save and Load jobs with compressed archives, through the job pool the window and
// berthctl share, against the private dockerd. The archives are read by the peers (zstd,
// tar) and the image ids come from the docker CLI.
#include "jobs/jobqueue.h"
#include "randomimage.h"
#include "testenv.h"
#include "testpeers.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Jobs;
using TestPeers::docker;

class TestArchiveJobs final : public QObject
{
    Q_OBJECT

private:
    JobSpec spec(JobKind kind, const QString &file, const QStringList &references = {}) const
    {
        JobSpec s;
        s.kind = kind;
        s.endpoint = m_endpoint;
        s.references = references;
        s.filePath = file;
        return s;
    }

    // Runs one job to its end; its final record.
    JobRecord runJob(const JobSpec &job)
    {
        JobQueue queue(JobQueue::Limits::all(1));
        const QString id = queue.enqueue(job);
        if (!QTest::qWaitFor([&] { return queue.isIdle(); }, 120000))
            qWarning("the job did not end within two minutes");
        return *queue.job(id);
    }

    static std::optional<QString> imageId(const QString &name)
    {
        return docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                       QStringLiteral("{{.Id}}"), name});
    }

    Engine::EngineEndpoint m_endpoint;
    QTemporaryDir m_work;
    QString m_image;

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        const auto endpoint = Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        QVERIFY(endpoint.ok());
        m_endpoint = *endpoint;
        QVERIFY(m_work.isValid());
        m_image =
            QStringLiteral("berth-test/archivejobs:%1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(TestImages::loadRandomImage(m_image, 2, 3'000'000));
    }

    void cleanupTestCase()
    {
        if (!m_image.isEmpty())
            (void)docker({QStringLiteral("rmi"), QStringLiteral("-f"), m_image});
    }

    void zstdSaveLoadsBackAsTheSameImage()
    {
        const auto id = imageId(m_image);
        QVERIFY(id.has_value());
        const QString file = m_work.filePath(QStringLiteral("image.tar.zst"));
        const JobRecord saved = runJob(spec(JobKind::Save, file, {m_image}));
        QCOMPARE(saved.state, JobState::Succeeded);
        const auto listing =
            TestPeers::run(QStringLiteral("bash"),
                           {QStringLiteral("-c"), QStringLiteral("zstd -dc \"$1\" | tar -t"),
                            QStringLiteral("_"), file});
        QVERIFY(listing.has_value());
        QVERIFY2(listing->split(u'\n').contains(QStringLiteral("manifest.json")),
                 qPrintable(*listing));

        QVERIFY(docker({QStringLiteral("rmi"), m_image}));
        const JobRecord loaded = runJob(spec(JobKind::Load, file));
        QCOMPARE(loaded.state, JobState::Succeeded);
        QCOMPARE(imageId(m_image), id);
    }

    void cancelledCompressedSaveLeavesNothing()
    {
        QDir dir(m_work.filePath(QStringLiteral("cancelled")));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        JobQueue queue(JobQueue::Limits::all(1));
        // xz is slow enough that the job is surely still writing when the cancel comes.
        const QString id = queue.enqueue(
            spec(JobKind::Save, dir.filePath(QStringLiteral("image.tar.xz")), {m_image}));
        QTRY_VERIFY_WITH_TIMEOUT(queue.job(id)->progress.bytesDone > 0 || queue.isIdle(), 60000);
        QVERIFY2(!queue.isIdle(), "the save ended before it could be cancelled");
        queue.cancel(id);
        QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), 60000);
        QCOMPARE(queue.job(id)->state, JobState::Cancelled);
        QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void damagedArchiveFailsAndLoadsNothing()
    {
        const QString whole = m_work.filePath(QStringLiteral("whole.tar.gz"));
        QCOMPARE(runJob(spec(JobKind::Save, whole, {m_image})).state, JobState::Succeeded);
        QFile source(whole);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString cut = m_work.filePath(QStringLiteral("cut.tar.gz"));
        QFile target(cut);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(source.read(source.size() * 3 / 4));
        target.close();

        QVERIFY(docker({QStringLiteral("rmi"), m_image}));
        const JobRecord loaded = runJob(spec(JobKind::Load, cut));
        QCOMPARE(loaded.state, JobState::Failed);
        QVERIFY(loaded.error.has_value());
        QVERIFY2(loaded.error->message().contains(QStringLiteral("damaged or cut short")),
                 qPrintable(loaded.error->message()));
        QVERIFY(!imageId(m_image).has_value());
        // Put it back for the tests after this one.
        QCOMPARE(runJob(spec(JobKind::Load, whole)).state, JobState::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestArchiveJobs)
#include "tst_archivejobs.moc"
