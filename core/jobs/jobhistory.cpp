// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobhistory.h"

#include "jobs/historyfile.h"
#include "jobs/historysetaside.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <algorithm>

namespace Berth::Jobs {

namespace {

// The stable names of JobState (stateName()) that the sweep reads and writes.
const QLatin1StringView Queued("queued");
const QLatin1StringView Running("running");
const QLatin1StringView Interrupted("interrupted");

bool isUnfinished(const HistoryEntry &entry)
{
    return entry.result == Queued || entry.result == Running;
}

// Owner ids come from the file, which anyone may edit: only the shape Berth writes (a
// UUID) may become a file name, so "../x" never names a lock outside the owners folder.
bool isOwnerId(const QString &owner)
{
    return !owner.isEmpty() && owner.size() <= 64 &&
           std::all_of(owner.begin(), owner.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') ||
                      (c >= u'A' && c <= u'Z') || c == u'-';
           });
}

// Each attempt of a job is an entry of its own: a retry never hides a failure.
void insertOrReplace(QList<HistoryEntry> &entries, HistoryEntry entry)
{
    const auto same = std::find_if(entries.begin(), entries.end(), [&entry](const HistoryEntry &e) {
        return e.id == entry.id && e.attempt == entry.attempt;
    });
    if (same != entries.end())
        *same = std::move(entry);
    else
        entries.append(std::move(entry));
}

// The oldest finished entries go first. An unfinished one stays while its process may
// still record it, unless nothing else is left to drop.
void trimToMax(QList<HistoryEntry> &entries)
{
    qsizetype excess = entries.size() - JobHistory::MaxEntries;
    if (excess <= 0)
        return;
    QList<HistoryEntry> kept;
    kept.reserve(JobHistory::MaxEntries);
    for (HistoryEntry &entry : entries) {
        if (excess > 0 && !isUnfinished(entry)) {
            --excess;
            continue;
        }
        kept.append(std::move(entry));
    }
    if (excess > 0)
        kept.remove(0, excess);
    entries = std::move(kept);
}

} // namespace

JobHistory::JobHistory(const QString &filePath)
    : m_filePath(QFileInfo(filePath.isEmpty() ? defaultPath() : filePath).absoluteFilePath())
    , m_ownerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

// Releasing the owner lock (QLockFile's destructor) tells other processes this one's
// unfinished entries are over.
JobHistory::~JobHistory() = default;

QString JobHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/berth/jobs.json");
}

Result<void> JobHistory::record(HistoryEntry entry)
{
    if (entry.id.isEmpty() || entry.kind.isEmpty())
        return Error(ErrorKind::Internal, tr("a job history entry needs an id and a kind"));
    // Before the entry is written: from then on a free owner lock means this process died.
    if (Result<void> owned = ensureOwnerLock(); !owned)
        return owned;
    entry.owner = m_ownerId;
    const Result<QList<HistoryEntry>> updated = update([entry](QList<HistoryEntry> &entries) {
        insertOrReplace(entries, entry);
        return true;
    });
    // Closing, and another process still holds the lock: kept aside, this process's own
    // file, for the next reader to merge once this process has ended.
    if (!updated && updated.error().kind() == ErrorKind::Timeout && isClosing())
        return HistorySetAside::append(m_filePath, entry);
    if (!updated)
        return updated.error();
    return {};
}

Result<QList<HistoryEntry>> JobHistory::load()
{
    // Reading makes no folder: without one there is no history yet.
    if (!QFileInfo(m_filePath).absoluteDir().exists())
        return QList<HistoryEntry>();
    return update([](QList<HistoryEntry> &) { return false; });
}

QList<HistoryEntry> JobHistory::takeInterrupted()
{
    return std::exchange(m_interrupted, {});
}

QStringList JobHistory::takeProblems()
{
    return std::exchange(m_problems, {});
}

Result<QList<HistoryEntry>> JobHistory::update(const Change &change)
{
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return Error(ErrorKind::Io,
                     tr("cannot create the folder %1 for the job history").arg(folder));
    QLockFile fileLock(m_filePath + QStringLiteral(".lock"));
    if (Result<void> locked = lock(fileLock); !locked)
        return locked.error();

    Result<Contents> read = readLocked();
    if (!read)
        return read.error();
    Contents &contents = read.value();
    // What closing processes kept aside goes in before the sweep, which then judges it.
    const HistorySetAside::Found setAside =
        HistorySetAside::collect(m_filePath, [this](const QString &owner) {
            return isOwnerId(owner) && owner != m_ownerId && !ownerIsAlive(owner);
        });
    for (const HistoryEntry &entry : setAside.entries)
        insertOrReplace(contents.entries, entry);
    QList<HistoryEntry> swept;
    const bool anySwept = sweepInterrupted(contents.entries, swept);
    const bool changed = change(contents.entries);
    if (!(anySwept || changed || contents.needsWrite || !setAside.files.isEmpty()))
        return std::move(contents.entries);
    trimToMax(contents.entries);
    if (Result<void> written = writeLocked(contents.entries); !written)
        return written.error();
    for (const QString &file : setAside.files)
        QFile::remove(file);
    // Told once written: another process reads them as interrupted from now on.
    m_interrupted.append(swept);
    return std::move(contents.entries);
}

void JobHistory::setLockDeadline(QDeadlineTimer deadline)
{
    m_lockDeadlineNSecs = deadline.deadlineNSecs();
}

void JobHistory::setLockPatience(std::chrono::milliseconds patience)
{
    m_lockPatienceMs = patience.count();
}

bool JobHistory::isClosing() const
{
    return m_lockDeadlineNSecs.load() != std::numeric_limits<qint64>::max();
}

Result<void> JobHistory::lock(QLockFile &fileLock)
{
    // Another process holds the file lock only while it reads and writes the file.
    const qint64 patienceMs = m_lockPatienceMs.load();
    const QDeadlineTimer patience(patienceMs);
    while (!fileLock.tryLock(0)) {
        if (fileLock.error() != QLockFile::LockFailedError)
            return Error(
                ErrorKind::Io,
                tr("cannot lock the job history %1: is its folder writable?").arg(m_filePath));
        const bool closing =
            QDeadlineTimer::current().deadlineNSecs() >= m_lockDeadlineNSecs.load();
        if (patience.hasExpired() || closing) {
            qint64 pid = 0;
            QString host;
            QString application;
            fileLock.getLockInfo(&pid, &host, &application);
            return Error(ErrorKind::Timeout,
                         tr("process %1 (%2) has held the job history %3 for more than %4 s")
                             .arg(pid)
                             .arg(application, m_filePath)
                             .arg((patienceMs - patience.remainingTime()) / 1000.0, 0, 'f', 1));
        }
        // Short, uneven naps rather than tryLock(timeout), whose wait doubles up to 5 s:
        // with several processes writing, a doubling waiter can miss every free moment.
        QThread::msleep(QRandomGenerator::global()->bounded(5, 25));
    }
    return {};
}

Result<JobHistory::Contents> JobHistory::readLocked()
{
    QFile file(m_filePath);
    if (!file.exists())
        return Contents{};
    if (file.size() > HistoryFile::MaxBytes) {
        const Result<void> moved =
            moveAside(tr("larger than %1 MiB").arg(HistoryFile::MaxBytes / 1024 / 1024));
        if (!moved)
            return moved.error();
        return Contents{{}, true};
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     tr("cannot read the job history %1: %2").arg(m_filePath, file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();

    Result<HistoryFile::Contents> parsed = HistoryFile::parse(bytes);
    if (!parsed) {
        if (Result<void> moved = moveAside(parsed.error().message()); !moved)
            return moved.error();
        return Contents{{}, true};
    }
    Contents contents{std::move(parsed.value().entries), parsed->leftOut > 0};
    // Said once: the rewrite that follows drops them from the file.
    if (parsed->leftOut > 0)
        m_problems.append(
            tr("%n entries of the job history %1 could not be read and were left out.", nullptr,
               parsed->leftOut)
                .arg(m_filePath));
    return contents;
}

Result<void> JobHistory::moveAside(const QString &reason)
{
    const QString stem =
        m_filePath + QStringLiteral(".corrupt-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = stem;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = stem + u'-' + QString::number(n);
    QFile file(m_filePath);
    if (!file.rename(aside))
        return Error(ErrorKind::Io,
                     tr("the job history %1 cannot be read (%2) and cannot be moved aside: %3")
                         .arg(m_filePath, reason, file.errorString()));
    m_problems.append(tr("The job history %1 could not be read (%2); it was kept as %3 and a new "
                         "history begun.")
                          .arg(m_filePath, reason, aside));
    return {};
}

Result<void> JobHistory::writeLocked(const QList<HistoryEntry> &entries)
{
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io,
                     tr("cannot write the job history %1: %2").arg(m_filePath, file.errorString()));
    // Image names and error texts are nobody else's business on a shared machine.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(HistoryFile::serialize(entries));
    if (!file.commit())
        return Error(ErrorKind::Io,
                     tr("cannot write the job history %1: %2").arg(m_filePath, file.errorString()));
    return {};
}

bool JobHistory::sweepInterrupted(QList<HistoryEntry> &entries, QList<HistoryEntry> &swept)
{
    QHash<QString, bool> alive{{m_ownerId, true}};
    // Probing every owner lock also removes those of processes that died with nothing
    // unfinished, so the folder does not fill up with them.
    const QDir owners(m_filePath + QStringLiteral(".owners"));
    const QStringList lockFiles = owners.entryList({QStringLiteral("*.lock")}, QDir::Files);
    for (const QString &lockFile : lockFiles) {
        const QString owner = lockFile.chopped(5);
        if (!alive.contains(owner))
            alive.insert(owner, ownerIsAlive(owner));
    }
    bool changed = false;
    for (HistoryEntry &entry : entries) {
        if (!isUnfinished(entry))
            continue;
        auto known = alive.constFind(entry.owner);
        if (known == alive.constEnd())
            known = alive.insert(entry.owner, ownerIsAlive(entry.owner));
        if (!*known) {
            entry.result = Interrupted;
            swept.append(entry);
            changed = true;
        }
    }
    return changed;
}

bool JobHistory::ownerIsAlive(const QString &owner) const
{
    if (!isOwnerId(owner))
        return false;
    const QString path = ownerLockPath(owner);
    // A live owner holds its lock file; without one there is nobody.
    if (!QFileInfo::exists(path))
        return false;
    QLockFile probe(path);
    // Only a dead process (or a reboot) frees an owner lock, never its age: owners live long.
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock(); // removes the dead owner's file
        return false;
    }
    // Held, or unreadable: either way not ours to call dead.
    return true;
}

QString JobHistory::ownerLockPath(const QString &owner) const
{
    return m_filePath + QStringLiteral(".owners/") + owner + QStringLiteral(".lock");
}

Result<void> JobHistory::ensureOwnerLock()
{
    if (m_ownerLock)
        return {};
    const QString path = ownerLockPath(m_ownerId);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(ErrorKind::Io, tr("cannot create the folder %1 for the job history")
                                        .arg(QFileInfo(path).absolutePath()));
    auto ownerLock = std::make_unique<QLockFile>(path);
    ownerLock->setStaleLockTime(0);
    if (!ownerLock->tryLock(0))
        return Error(ErrorKind::Io, tr("cannot create the job history's owner lock %1").arg(path));
    m_ownerLock = std::move(ownerLock);
    return {};
}

} // namespace Berth::Jobs
