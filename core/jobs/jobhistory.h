// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "jobs/historyentry.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QLockFile>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <limits>
#include <memory>

namespace Berth::Jobs {

// The job history: one JSON file (an object with an "entries" array, oldest first, at
// most MaxEntries) shared by every Berth process of the user, the window and berthctl.
//
// Every change is read-modify-write under a QLockFile next to the file and lands through
// QSaveFile, so a crash never leaves half a file and two processes never lose each
// other's entries. Each process that writes holds an owner lock of its own for its whole
// life (in "<file>.owners/"); an entry still "queued" or "running" whose owner lock is free
// belongs to a process that died and becomes "interrupted" the next time the history is
// read or written.
//
// A file that is not a history (bad JSON, wrong shape) is renamed aside to
// "<file>.corrupt-<UTC time>" and a new one begins; takeProblems() says so once.
//
// Not thread-safe: one thread uses an instance (JobQueue keeps it on its own thread), but
// setLockDeadline() may come from any.
class JobHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Jobs::JobHistory)

public:
    static constexpr int MaxEntries = 1000;

    // filePath empty: defaultPath().
    explicit JobHistory(const QString &filePath = {});
    ~JobHistory();

    // <GenericDataLocation>/berth/jobs.json (e.g. ~/.local/share/berth/jobs.json): not
    // AppDataLocation, which differs between the window and berthctl.
    static QString defaultPath();
    const QString &filePath() const { return m_filePath; }
    // This process's owner id, written into the entries it records.
    const QString &ownerId() const { return m_ownerId; }

    // Inserts the entry, or replaces the one with the same id and attempt; sets entry.owner.
    Result<void> record(HistoryEntry entry);
    // Every entry, oldest first, after marking the entries of dead processes interrupted.
    Result<QList<HistoryEntry>> load();
    // The entries this instance found unfinished by a process that died and wrote back as
    // interrupted, each given once: what to tell the user (at start, the window reads the
    // history for this).
    QList<HistoryEntry> takeInterrupted();
    // What went wrong that the caller should tell the user (a corrupt file moved aside),
    // each said once.
    QStringList takeProblems();
    // From any thread: waiting for another process's file lock ends at `deadline` at the
    // latest (normally 5 s per change), so a closing process is not held for seconds per
    // write; what record() cannot write by then is kept aside (HistorySetAside) for the
    // next reader. QDeadlineTimer::Forever gives back the usual patience.
    void setLockDeadline(QDeadlineTimer deadline);
    // How long one change waits for another process's file lock (5 s unless set). A test
    // that sets hours shows that the closing deadline ends every wait: a wait of this
    // length would hold it up for hours, never a matter of a busy machine's speed.
    void setLockPatience(std::chrono::milliseconds patience);

private:
    struct Contents
    {
        QList<HistoryEntry> entries;
        bool needsWrite = false; // bad entries were left out or a corrupt file moved aside
    };
    // Changes the entries and says whether it did.
    using Change = std::function<bool(QList<HistoryEntry> &entries)>;

    // One read-modify-write under the file lock; returns the entries as written (or as
    // read when nothing changed).
    Result<QList<HistoryEntry>> update(const Change &change);
    Result<void> lock(QLockFile &fileLock);
    // A lock deadline is set: the process is closing.
    bool isClosing() const;
    Result<Contents> readLocked();
    Result<void> moveAside(const QString &reason);
    Result<void> writeLocked(const QList<HistoryEntry> &entries);
    bool sweepInterrupted(QList<HistoryEntry> &entries, QList<HistoryEntry> &swept);
    bool ownerIsAlive(const QString &owner) const;
    QString ownerLockPath(const QString &owner) const;
    Result<void> ensureOwnerLock();

    QString m_filePath;
    QString m_ownerId;
    std::unique_ptr<QLockFile> m_ownerLock;
    QStringList m_problems;
    QList<HistoryEntry> m_interrupted;
    // setLockDeadline()'s, in QDeadlineTimer::deadlineNSecs() terms.
    std::atomic<qint64> m_lockDeadlineNSecs{std::numeric_limits<qint64>::max()};
    std::atomic<qint64> m_lockPatienceMs{5000};
};

} // namespace Berth::Jobs
