// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentialsource.h"
#include "jobs/historyentry.h"
#include "jobs/joboutcome.h"
#include "jobs/jobrecord.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Berth::Jobs {

class HistoryWriter;
class JobHistory;
class JobWorker;

// The worker pool. Lives on the thread that creates it (the GUI thread in the window,
// main in berthctl) and only bookkeeps there; every job runs on one of `limits.global`
// worker threads, each with its own event loop and its own engine connections, so the
// owner's thread never waits on a socket, a file or a parse.
//
// Scheduling: the highest priority first, FIFO among equals; a job starts only while
// fewer than `global` jobs run, fewer than `perEngine` against its engine and fewer than
// `perRegistry` against its registry host (JobSpec::limitKeys). A job that could not reach the
// engine before its stream began is queued again by itself, up to 3 times, after 1, 2 and 4 s;
// nothing else is retried behind the user's back (the daemon retries layers itself).
class JobQueue final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int global = 3;
        int perEngine = 3;
        int perRegistry = 3;

        static Limits all(int n) { return {n, n, n}; }
    };

    // history may be null (no history kept); otherwise the queue records every job in it
    // from its own thread and the history must outlive the queue.
    explicit JobQueue(Limits limits, JobHistory *history = nullptr, QObject *parent = nullptr);
    // Cancels what runs and what waits, records both in the history and waits for the
    // workers to end; the history gets HistoryWriter::ClosingPatience for a lock that
    // another process holds.
    ~JobQueue() override;

    Limits limits() const { return m_limits; }
    // New limits from now on (the Settings dialog): jobs that run go on; waiting ones start
    // as the new limits allow.
    void setLimits(Limits limits);
    // The wait before the first automatic retry (1 s), doubled for each next one.
    void setRetryBackoff(std::chrono::milliseconds first) { m_firstBackoff = first; }
    // Where jobs find the secret of their spec's login when they start; without one every
    // job runs anonymously. Jobs that already run keep the source they started with.
    void setCredentialSource(std::shared_ptr<CredentialSource> source)
    {
        m_credentials = std::move(source);
    }
    const std::shared_ptr<CredentialSource> &credentialSource() const { return m_credentials; }

    // Returns the new job's id; the job is Queued and jobAdded() has been emitted.
    QString enqueue(const JobSpec &spec);
    // A queued job is Cancelled at once; a running one is Cancelled within a second, after
    // its connection is closed and what it half-made is removed. No-op on a finished job.
    void cancel(const QString &id);
    // Queues a Failed, Cancelled job again with the same inputs (same id, attempt + 1);
    // the history keeps every attempt. Returns false for a job in another state.
    bool retry(const QString &id);
    // Forgets every finished job (jobRemoved for each); the history keeps them.
    void clearFinished();
    // Reads the history after everything this queue recorded so far; historyRead() brings
    // it. Without a history, historyRead() brings nothing.
    void readHistory();

    QList<JobRecord> jobs() const; // in the order they were queued
    std::optional<JobRecord> job(const QString &id) const;
    int runningCount() const;
    bool isIdle() const; // nothing queued or running

Q_SIGNALS:
    void jobAdded(const Berth::Jobs::JobRecord &record);
    // State or progress changed; progress at most 10 times a second per job.
    void jobChanged(const Berth::Jobs::JobRecord &record);
    // The job reached Succeeded, Failed or Cancelled (after the jobChanged that says so).
    void jobFinished(const Berth::Jobs::JobRecord &record);
    void jobRemoved(const QString &id);
    // The last queued or running job ended.
    void idle();
    // The history could not be written or read; the text says why and what happened.
    void historyProblem(const QString &text);
    // Jobs that were queued or running in a process that died, found in the history and
    // recorded as interrupted by any read or write of it; each is found once, by
    // whichever process reads it first. Not news of the last stop by itself: a berthctl
    // killed a minute ago is found the same way (see historyRead()).
    void jobsInterrupted(const QList<Berth::Jobs::HistoryEntry> &entries);
    // Every entry of the history, oldest first, this process's and the others', with the
    // jobs this read's own sweep found interrupted (also in jobsInterrupted()): the first
    // read of a window's session tells what did not finish when Berth last stopped.
    void historyRead(const QList<Berth::Jobs::HistoryEntry> &entries,
                     const QList<Berth::Jobs::HistoryEntry> &interrupted);

private Q_SLOTS:
    void onProgress(const QString &id, const Berth::Jobs::JobProgress &progress);
    void onFinished(const QString &id, const Berth::Jobs::JobOutcome &outcome);

private:
    struct Entry;

    void schedule();
    bool fitsLimits(const Entry &entry) const;
    JobWorker *idleWorker();
    void start(Entry &entry, JobWorker *worker);
    void finish(Entry &entry, JobState state);
    void record(const JobRecord &record);
    Entry *find(const QString &id) const;

    Limits m_limits;
    std::shared_ptr<CredentialSource> m_credentials;
    HistoryWriter *m_history = nullptr;
    QList<std::shared_ptr<Entry>> m_entries;
    QList<JobWorker *> m_workers;
    QElapsedTimer m_clock;
    QTimer m_wakeUp; // for jobs waiting out an automatic retry's backoff
    std::chrono::milliseconds m_firstBackoff{1000};
    qint64 m_sequence = 0;
    bool m_scheduling = false;
};

} // namespace Berth::Jobs
