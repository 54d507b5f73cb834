// SPDX-License-Identifier: GPL-3.0-or-later
// The job history as Berth's processes share it. The other processes are real: this test
// starts copies of itself (see main()) that record into the same file, and kills them.
#include "jobs/historyfile.h"
#include "jobs/jobhistory.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Berth::Jobs::HistoryEntry;
using Berth::Jobs::HistoryFile;
using Berth::Jobs::JobHistory;

namespace {

const QString ChildModeVariable = QStringLiteral("BERTH_HISTORY_CHILD");
const QString ChildFileVariable = QStringLiteral("BERTH_HISTORY_FILE");
const QString ChildArgumentVariable = QStringLiteral("BERTH_HISTORY_ARGUMENT");
constexpr int HammerRecords = 50;

HistoryEntry entry(const QString &id, const QString &result)
{
    HistoryEntry e;
    e.id = id;
    e.kind = QStringLiteral("pull");
    e.references = {QStringLiteral("alpine:3.19")};
    e.result = result;
    if (result != u"queued")
        e.start = QDateTime::currentDateTimeUtc();
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// What the file holds, read without JobHistory (so without its sweep).
QList<HistoryEntry> onDisk(const QString &path)
{
    const auto parsed = HistoryFile::parse(readAll(path));
    return parsed ? parsed->entries : QList<HistoryEntry>();
}

std::optional<HistoryEntry> find(const QList<HistoryEntry> &entries, const QString &id)
{
    for (const HistoryEntry &e : entries) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

// Another Berth process: `mode` is "hold" (records a running entry, prints its owner id,
// then waits to be killed) or "hammer" (records HammerRecords finished entries as fast as
// it can, then prints its owner id).
std::unique_ptr<QProcess> startChild(const QString &mode, const QString &file,
                                     const QString &argument)
{
    auto child = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(ChildModeVariable, mode);
    environment.insert(ChildFileVariable, file);
    environment.insert(ChildArgumentVariable, argument);
    child->setProcessEnvironment(environment);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), {});
    return child;
}

QString readOwnerLine(QProcess &child)
{
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(60000))
            return {};
    }
    return QString::fromUtf8(child.readLine()).trimmed();
}

int runChild(const QString &mode)
{
    JobHistory history(qEnvironmentVariable(ChildFileVariable.toLatin1().constData()));
    const QString argument = qEnvironmentVariable(ChildArgumentVariable.toLatin1().constData());
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    if (mode == u"hold") {
        if (const auto recorded = history.record(entry(argument, QStringLiteral("running")));
            !recorded) {
            qCritical("%s", qPrintable(recorded.error().message()));
            return 1;
        }
        out.write(history.ownerId().toUtf8() + '\n');
        out.flush();
        // Until killed, or until the test ends and closes our stdin.
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            in.readAll();
        return 0;
    }
    if (mode == u"hammer") {
        for (int i = 0; i < HammerRecords; ++i) {
            const QString id = argument + u'-' + QString::number(i);
            if (const auto recorded = history.record(entry(id, QStringLiteral("succeeded")));
                !recorded) {
                qCritical("%s", qPrintable(recorded.error().message()));
                return 1;
            }
        }
        out.write(history.ownerId().toUtf8() + '\n');
        return 0;
    }
    return 2;
}

} // namespace

class TestJobHistory final : public QObject
{
    Q_OBJECT

private:
    QString folder() const { return m_dir->path(); }
    QString historyPath() const { return m_dir->filePath(QStringLiteral("jobs.json")); }
    QString ownersFolder() const { return historyPath() + QStringLiteral(".owners"); }
    QStringList asideFiles() const
    {
        return QDir(folder()).entryList({QStringLiteral("jobs.json.corrupt-*")});
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        // A fresh folder per test function: each starts without a history.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultPathIsSharedByEveryBerthProcess()
    {
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
            QStringLiteral("/berth/jobs.json");
        QCOMPARE(JobHistory::defaultPath(), expected);
        QCOMPARE(JobHistory().filePath(), expected);
    }

    void recordsAndReplacesInPlace()
    {
        JobHistory history(historyPath());
        QVERIFY(history.record(entry(QStringLiteral("a"), QStringLiteral("queued"))).ok());
        QVERIFY(history.record(entry(QStringLiteral("b"), QStringLiteral("running"))).ok());
        HistoryEntry done = entry(QStringLiteral("a"), QStringLiteral("succeeded"));
        done.end = QDateTime::currentDateTimeUtc();
        done.digest = QStringLiteral("sha256:") + QString(64, u'0');
        done.owner = QStringLiteral("someone else");
        QVERIFY(history.record(done).ok());

        const auto loaded = history.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 2);
        done.owner = history.ownerId();
        QCOMPARE(loaded->at(0), done);
        QCOMPARE(loaded->at(1).id, QStringLiteral("b"));
        QCOMPARE(loaded->at(1).result, QStringLiteral("running"));
        // Another instance (another process, as far as the file knows) reads the same.
        QCOMPARE(JobHistory(historyPath()).load().value(), loaded.value());
        QCOMPARE(onDisk(historyPath()), loaded.value());
        QVERIFY(history.takeProblems().isEmpty());
    }

    // A retry is another attempt of the same job: its entry joins the earlier ones, which
    // keep what happened to them; each attempt is still replaced in place as it runs.
    void everyAttemptKeepsItsOwnEntry()
    {
        JobHistory history(historyPath());
        HistoryEntry first = entry(QStringLiteral("a"), QStringLiteral("failed"));
        first.error = QStringLiteral("the engine answered 404: not found");
        QVERIFY(history.record(first).ok());
        HistoryEntry second = entry(QStringLiteral("a"), QStringLiteral("running"));
        second.attempt = 2;
        QVERIFY(history.record(second).ok());
        second.result = QStringLiteral("succeeded");
        QVERIFY(history.record(second).ok());

        const auto loaded = JobHistory(historyPath()).load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).attempt, 1);
        QCOMPARE(loaded->at(0).result, QStringLiteral("failed"));
        QCOMPARE(loaded->at(0).error, first.error);
        QCOMPARE(loaded->at(1).id, QStringLiteral("a"));
        QCOMPARE(loaded->at(1).attempt, 2);
        QCOMPARE(loaded->at(1).result, QStringLiteral("succeeded"));
    }

    // Closing gives every write still to come one deadline for a lock another process
    // holds, not 5 s each; what it cannot write is kept aside, and the next reader merges
    // it once this process has ended.
    void aLockDeadlineBoundsTheWaitAndKeepsTheRestAside()
    {
        QLockFile stuck(historyPath() + QStringLiteral(".lock"));
        {
            JobHistory history(historyPath());
            QVERIFY(history.record(entry(QStringLiteral("a"), QStringLiteral("running"))).ok());
            QVERIFY(stuck.tryLock(0));
            // Each write would wait hours for the lock on its own: the deadline ends all three
            // writes together, or the test never ends.
            history.setLockPatience(std::chrono::hours(3));
            history.setLockDeadline(QDeadlineTimer(200));
            for (int i = 0; i < 3; ++i) {
                HistoryEntry late =
                    entry(QStringLiteral("b%1").arg(i), QStringLiteral("cancelled"));
                QVERIFY(history.record(late).ok());
            }
            QCOMPARE(onDisk(historyPath()).size(), 1);
            stuck.unlock();
            // Still alive: its entries stay aside, as it may add more.
            QCOMPARE(JobHistory(historyPath()).load()->size(), 1);
        }
        const auto loaded = JobHistory(historyPath()).load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(find(*loaded, QStringLiteral("b%1").arg(i))->result,
                     QStringLiteral("cancelled"));
        QCOMPARE(find(*loaded, QStringLiteral("a"))->result, QStringLiteral("interrupted"));
        QCOMPARE(JobHistory(historyPath()).load()->size(), 4); // merged once
    }

    void fileIsForItsUserOnly()
    {
        JobHistory history(historyPath());
        QVERIFY(history.record(entry(QStringLiteral("a"), QStringLiteral("running"))).ok());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile(historyPath()).permissions() & others, QFileDevice::Permissions());
    }

    void loadingMakesNothing()
    {
        const QString path = m_dir->filePath(QStringLiteral("not/yet/jobs.json"));
        JobHistory history(path);
        const auto loaded = history.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded->isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("not"))));

        JobHistory here(historyPath());
        QVERIFY(here.load().ok());
        QVERIFY(!QFileInfo::exists(historyPath()));
    }

    void entryWithoutIdOrKindIsRefused()
    {
        JobHistory history(historyPath());
        HistoryEntry noKind = entry(QStringLiteral("a"), QStringLiteral("running"));
        noKind.kind.clear();
        QVERIFY(!history.record(noKind).ok());
        QVERIFY(!history.record(entry(QString(), QStringLiteral("running"))).ok());
        QVERIFY(!QFileInfo::exists(historyPath()));
    }

    void ownerLockLastsAsLongAsTheHistory()
    {
        QString lockPath;
        {
            JobHistory history(historyPath());
            lockPath = ownersFolder() + u'/' + history.ownerId() + QStringLiteral(".lock");
            QVERIFY(!QFileInfo::exists(lockPath));
            QVERIFY(history.record(entry(QStringLiteral("a"), QStringLiteral("running"))).ok());
            QVERIFY(QFileInfo::exists(lockPath));
        }
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    void unfinishedEntriesOfAClosedHistoryAreInterrupted()
    {
        JobHistory reader(historyPath());
        auto writer = std::make_unique<JobHistory>(historyPath());
        QVERIFY(writer->record(entry(QStringLiteral("run"), QStringLiteral("running"))).ok());
        QVERIFY(writer->record(entry(QStringLiteral("wait"), QStringLiteral("queued"))).ok());
        QVERIFY(writer->record(entry(QStringLiteral("done"), QStringLiteral("failed"))).ok());

        // Its owner is alive: nothing changes.
        auto loaded = reader.load();
        QVERIFY(loaded.ok());
        QCOMPARE(find(*loaded, QStringLiteral("run"))->result, QStringLiteral("running"));
        QCOMPARE(find(*loaded, QStringLiteral("wait"))->result, QStringLiteral("queued"));
        QVERIFY(reader.takeInterrupted().isEmpty());

        writer.reset();
        loaded = reader.load();
        QVERIFY(loaded.ok());
        QCOMPARE(find(*loaded, QStringLiteral("run"))->result, QStringLiteral("interrupted"));
        QCOMPARE(find(*loaded, QStringLiteral("wait"))->result, QStringLiteral("interrupted"));
        QCOMPARE(find(*loaded, QStringLiteral("done"))->result, QStringLiteral("failed"));
        // Written back, so every other reader sees the same.
        QCOMPARE(onDisk(historyPath()), loaded.value());

        // What to tell the user: the two it marked, once, and to no other reader.
        QStringList told;
        for (const HistoryEntry &e : reader.takeInterrupted())
            told.append(e.id + u'=' + e.result);
        QCOMPARE(told, (QStringList{QStringLiteral("run=interrupted"),
                                    QStringLiteral("wait=interrupted")}));
        QVERIFY(reader.takeInterrupted().isEmpty());
        QVERIFY(reader.load().ok());
        QVERIFY(reader.takeInterrupted().isEmpty());
        JobHistory another(historyPath());
        QVERIFY(another.load().ok());
        QVERIFY(another.takeInterrupted().isEmpty());
    }

    void entriesOfAKilledProcessAreInterrupted()
    {
        auto child = startChild(QStringLiteral("hold"), historyPath(), QStringLiteral("held"));
        const QString childOwner = readOwnerLine(*child);
        QVERIFY2(!childOwner.isEmpty(), "the child process did not record its entry");

        JobHistory history(historyPath());
        QVERIFY(history.record(entry(QStringLiteral("mine"), QStringLiteral("running"))).ok());
        auto loaded = history.load();
        QVERIFY(loaded.ok());
        const auto held = find(*loaded, QStringLiteral("held"));
        QVERIFY(held.has_value());
        QCOMPARE(held->owner, childOwner);
        QCOMPARE(held->result, QStringLiteral("running"));

        child->kill(); // SIGKILL: no destructor runs, the lock file stays behind
        QVERIFY(child->waitForFinished(60000));
        const QString childLock = ownersFolder() + u'/' + childOwner + QStringLiteral(".lock");
        QVERIFY(QFileInfo::exists(childLock));

        loaded = history.load();
        QVERIFY(loaded.ok());
        QCOMPARE(find(*loaded, QStringLiteral("held"))->result, QStringLiteral("interrupted"));
        QCOMPARE(find(*loaded, QStringLiteral("mine"))->result, QStringLiteral("running"));
        // The dead owner's lock file is cleaned up; ours stays.
        QVERIFY(!QFileInfo::exists(childLock));
        QCOMPARE(QDir(ownersFolder()).entryList(QDir::Files),
                 QStringList{history.ownerId() + QStringLiteral(".lock")});
    }

    void concurrentProcessesLoseNoEntry()
    {
        const QStringList prefixes{QStringLiteral("c0"), QStringLiteral("c1"),
                                   QStringLiteral("c2")};
        std::vector<std::unique_ptr<QProcess>> children;
        for (const QString &prefix : prefixes)
            children.push_back(startChild(QStringLiteral("hammer"), historyPath(), prefix));

        JobHistory history(historyPath());
        for (int i = 0; i < HammerRecords; ++i) {
            const auto recorded = history.record(
                entry(QStringLiteral("p-") + QString::number(i), QStringLiteral("succeeded")));
            QVERIFY2(recorded.ok(), qPrintable(recorded.error().message()));
        }
        QStringList owners;
        for (const auto &child : children) {
            QVERIFY(child->waitForFinished(120000));
            QCOMPARE(child->exitStatus(), QProcess::NormalExit);
            QCOMPARE(child->exitCode(), 0);
            owners.append(QString::fromUtf8(child->readAllStandardOutput()).trimmed());
        }

        const auto loaded = history.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), (prefixes.size() + 1) * HammerRecords);
        for (int i = 0; i < HammerRecords; ++i) {
            const QString suffix = u'-' + QString::number(i);
            QCOMPARE(find(*loaded, QStringLiteral("p") + suffix)->owner, history.ownerId());
            for (qsizetype c = 0; c < prefixes.size(); ++c) {
                const auto recorded = find(*loaded, prefixes.at(c) + suffix);
                QVERIFY2(recorded.has_value(), qPrintable(prefixes.at(c) + suffix));
                QCOMPARE(recorded->owner, owners.at(c));
            }
        }
    }

    void aStuckHolderIsNamedNotWaitedForForever()
    {
        JobHistory history(historyPath());
        QVERIFY(history.record(entry(QStringLiteral("a"), QStringLiteral("running"))).ok());
        QLockFile stuck(historyPath() + QStringLiteral(".lock"));
        QVERIFY(stuck.tryLock(0));
        const auto recorded = history.record(entry(QStringLiteral("b"), QStringLiteral("queued")));
        QVERIFY(!recorded.ok());
        QCOMPARE(recorded.error().kind(), Berth::ErrorKind::Timeout);
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(recorded.error().message().contains(pid), qPrintable(recorded.error().message()));
        stuck.unlock();
        QCOMPARE(history.load()->size(), 1);
    }

    void corruptFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("bad JSON") << QByteArray("{\"entries\":[{\"id\":\"a\",\"kind\":\"pu");
        QTest::newRow("wrong shape") << QByteArray(R"([{"id":"a","kind":"pull"}])");
    }

    void corruptFileIsMovedAside()
    {
        QFETCH(QByteArray, bytes);
        writeAll(historyPath(), bytes);
        JobHistory history(historyPath());
        auto loaded = history.load();
        QVERIFY(loaded.ok());
        QVERIFY(loaded->isEmpty());

        const QStringList aside = asideFiles();
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(m_dir->filePath(aside.first())), bytes);
        const QStringList problems = history.takeProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(aside.first()), qPrintable(problems.first()));
        // Said once, and the new history is a good one.
        QVERIFY(history.takeProblems().isEmpty());
        QVERIFY(history.load().ok());
        QVERIFY(history.takeProblems().isEmpty());
        QVERIFY(HistoryFile::parse(readAll(historyPath())).ok());
        QVERIFY(history.record(entry(QStringLiteral("b"), QStringLiteral("running"))).ok());
        QCOMPARE(history.load()->size(), 1);
    }

    void oversizedFileIsMovedAside()
    {
        writeAll(historyPath(), QByteArray(HistoryFile::MaxBytes + 1, ' '));
        JobHistory history(historyPath());
        QVERIFY(history.record(entry(QStringLiteral("a"), QStringLiteral("running"))).ok());
        QCOMPARE(history.load()->size(), 1);
        QCOMPARE(history.takeProblems().size(), 1);
        QCOMPARE(asideFiles().size(), 1);
    }

    void unreadableEntriesAreLeftOutOnce()
    {
        writeAll(historyPath(), R"({"entries":[{"id":"a","kind":"pull","result":"succeeded"},
            {"id":"b"},{"id":"c","kind":"push","result":"failed"}]})");
        JobHistory history(historyPath());
        const auto loaded = history.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), 2);
        const QStringList problems = history.takeProblems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(historyPath()), qPrintable(problems.first()));
        // The file was written without it, so no other process says it again.
        JobHistory other(historyPath());
        QCOMPARE(other.load().value(), loaded.value());
        QVERIFY(other.takeProblems().isEmpty());
    }

    void keepsAtMostMaxEntriesDroppingTheOldestFinished()
    {
        JobHistory history(historyPath());
        QVERIFY(history.record(entry(QStringLiteral("r"), QStringLiteral("running"))).ok());
        // One more than fits: the running entry first, then finished ones f0, f1, ...
        QList<HistoryEntry> entries = onDisk(historyPath());
        for (int i = 0; i < JobHistory::MaxEntries; ++i)
            entries.append(entry(QStringLiteral("f%1").arg(i), QStringLiteral("succeeded")));
        writeAll(historyPath(), HistoryFile::serialize(entries));

        QVERIFY(history.record(entry(QStringLiteral("new"), QStringLiteral("queued"))).ok());
        const auto loaded = history.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), JobHistory::MaxEntries);
        QCOMPARE(loaded->first().id, QStringLiteral("r"));
        QCOMPARE(loaded->at(1).id, QStringLiteral("f2"));
        QCOMPARE(loaded->last().id, QStringLiteral("new"));
    }

    void hostileOwnerIdsNameNoFile()
    {
        // A live lock where "../escape" would point from the owners folder: were the owner
        // id taken as a file name, the entry would pass for alive.
        QVERIFY(QDir().mkpath(ownersFolder()));
        QLockFile escape(m_dir->filePath(QStringLiteral("escape.lock")));
        QVERIFY(escape.tryLock(0));
        QList<HistoryEntry> entries;
        const QStringList owners{QStringLiteral("../escape"), QString(), QStringLiteral("a/b"),
                                 QString(65, u'a')};
        for (qsizetype i = 0; i < owners.size(); ++i) {
            HistoryEntry e = entry(QString::number(i), QStringLiteral("running"));
            e.owner = owners.at(i);
            entries.append(e);
        }
        writeAll(historyPath(), HistoryFile::serialize(entries));

        const auto loaded = JobHistory(historyPath()).load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->size(), owners.size());
        for (const HistoryEntry &e : *loaded)
            QCOMPARE(e.result, QStringLiteral("interrupted"));
        QVERIFY(escape.isLocked());
        QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("escape.lock"))));
    }

    void resultsOfOtherStatesAreLeftAlone()
    {
        // Results this version does not know (a newer Berth's) are not "unfinished".
        HistoryEntry future = entry(QStringLiteral("f"), QStringLiteral("paused"));
        future.owner = QStringLiteral("0d1e2f30-4152-6374-8596-a7b8c9d0e1f2");
        writeAll(historyPath(), HistoryFile::serialize({future}));
        QCOMPARE(JobHistory(historyPath()).load().value(), QList<HistoryEntry>{future});
    }
};

// The test is also the other Berth processes it needs: run with BERTH_HISTORY_CHILD set,
// it plays one of them instead of running the test functions.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString mode = qEnvironmentVariable("BERTH_HISTORY_CHILD"); !mode.isEmpty())
        return runChild(mode);
    QStandardPaths::setTestModeEnabled(true);
    TestJobHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_jobhistory.moc"
