// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobqueue.h"

#include "jobs/historywriter.h"
#include "jobs/jobhistory.h"
#include "jobs/joboutcome.h"
#include "jobs/jobworker.h"

#include <QUuid>

#include <algorithm>

namespace Berth::Jobs {

namespace {

constexpr int MaxAutomaticRetries = 3;

JobQueue::Limits atLeastOne(JobQueue::Limits limits)
{
    return {qMax(1, limits.global), qMax(1, limits.perEngine), qMax(1, limits.perRegistry)};
}

HistoryEntry historyEntry(const JobRecord &record)
{
    HistoryEntry entry;
    entry.id = record.id;
    entry.kind = kindName(record.spec.kind);
    entry.references = record.spec.references;
    entry.platform = record.spec.platform;
    entry.file = record.spec.filePath;
    entry.start = record.startedAt.toUTC();
    entry.end = record.finishedAt.toUTC();
    entry.result = stateName(record.state);
    entry.digest = record.digest;
    entry.output = record.output;
    entry.attempt = record.attempt;
    if (!record.spec.isRegistryKind())
        entry.engine = record.spec.endpoint.url();
    if (record.error)
        entry.error = record.error->message();
    return entry;
}

} // namespace

struct JobQueue::Entry
{
    JobRecord record;
    JobWorker *worker = nullptr;
    qint64 sequence = 0;
    int automaticRetries = 0;
    qint64 notBeforeMs = 0; // a job waiting out an automatic retry's backoff
    bool cancelRequested = false;
};

JobQueue::JobQueue(Limits limits, JobHistory *history, QObject *parent)
    : QObject(parent)
    , m_limits(atLeastOne(limits))
{
    if (history) {
        m_history = new HistoryWriter(history, this);
        connect(m_history, &HistoryWriter::problem, this, &JobQueue::historyProblem);
        connect(m_history, &HistoryWriter::entriesRead, this, &JobQueue::historyRead);
        connect(m_history, &HistoryWriter::interruptedFound, this, &JobQueue::jobsInterrupted);
    }
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &JobQueue::schedule);
}

JobQueue::~JobQueue()
{
    // What still runs ends with the process, and what waits never runs: the history says
    // so rather than "running" or "queued".
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &entry : std::as_const(m_entries)) {
        JobRecord &r = entry->record;
        if (r.state == JobState::Running) {
            r.state = JobState::Interrupted;
        } else if (r.state == JobState::Queued) {
            r.state = JobState::Cancelled;
            r.error = Error(ErrorKind::Cancelled, tr("cancelled"));
        } else {
            continue;
        }
        r.finishedAt = now;
        record(r);
    }
    // Every worker cancels and ends at once; joining them then takes the longest one's
    // time, not the sum.
    for (JobWorker *worker : std::as_const(m_workers))
        worker->stop();
    qDeleteAll(m_workers);
    m_workers.clear();
    delete m_history; // writes what was posted, waiting a bounded time for the lock
    m_history = nullptr;
}

void JobQueue::setLimits(Limits limits)
{
    m_limits = atLeastOne(limits);
    schedule();
}

QString JobQueue::enqueue(const JobSpec &spec)
{
    auto entry = std::make_shared<Entry>();
    entry->record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry->record.spec = spec;
    // A copy moves as many blobs at once as the pool lets jobs reach one registry host.
    entry->record.spec.parallelBlobs = qMax(1, m_limits.perRegistry);
    entry->record.queuedAt = QDateTime::currentDateTimeUtc();
    entry->sequence = ++m_sequence;
    m_entries.append(entry);
    // Recorded while it waits, so that no end of this process loses it: a queued entry
    // whose owner died is swept as interrupted.
    record(entry->record);
    Q_EMIT jobAdded(entry->record);
    schedule();
    return entry->record.id;
}

void JobQueue::cancel(const QString &id)
{
    Entry *entry = find(id);
    if (!entry)
        return;
    if (entry->record.state == JobState::Queued) {
        entry->record.error = Error(ErrorKind::Cancelled, tr("cancelled"));
        finish(*entry, JobState::Cancelled);
    } else if (entry->record.state == JobState::Running && !entry->cancelRequested) {
        entry->cancelRequested = true;
        entry->worker->cancel();
    }
}

bool JobQueue::retry(const QString &id)
{
    Entry *entry = find(id);
    if (!entry ||
        (entry->record.state != JobState::Failed && entry->record.state != JobState::Cancelled))
        return false;
    JobRecord &r = entry->record;
    r.state = JobState::Queued;
    r.progress = {};
    r.startedAt = {};
    r.finishedAt = {};
    r.digest.clear();
    r.output.clear();
    r.error.reset();
    ++r.attempt;
    entry->sequence = ++m_sequence;
    entry->automaticRetries = 0;
    entry->notBeforeMs = 0;
    entry->cancelRequested = false;
    record(r); // the new attempt's own entry, beside the one that failed
    Q_EMIT jobChanged(r);
    schedule();
    return true;
}

void JobQueue::clearFinished()
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (!isFinished(m_entries.at(i)->record.state))
            continue;
        const QString id = m_entries.at(i)->record.id;
        m_entries.removeAt(i);
        Q_EMIT jobRemoved(id);
    }
}

void JobQueue::readHistory()
{
    if (m_history)
        m_history->read();
}

QList<JobRecord> JobQueue::jobs() const
{
    QList<JobRecord> records;
    records.reserve(m_entries.size());
    for (const auto &entry : m_entries)
        records.append(entry->record);
    return records;
}

std::optional<JobRecord> JobQueue::job(const QString &id) const
{
    if (const Entry *entry = find(id))
        return entry->record;
    return std::nullopt;
}

int JobQueue::runningCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const auto &entry) {
        return entry->record.state == JobState::Running;
    }));
}

bool JobQueue::isIdle() const
{
    return std::all_of(m_entries.cbegin(), m_entries.cend(),
                       [](const auto &entry) { return isFinished(entry->record.state); });
}

JobQueue::Entry *JobQueue::find(const QString &id) const
{
    for (const auto &entry : m_entries) {
        if (entry->record.id == id)
            return entry.get();
    }
    return nullptr;
}

bool JobQueue::fitsLimits(const Entry &candidate) const
{
    for (const QString &key : candidate.record.spec.limitKeys()) {
        const int limit = key.startsWith(QLatin1StringView("engine:")) ? m_limits.perEngine
                                                                       : m_limits.perRegistry;
        int running = 0;
        for (const auto &entry : m_entries) {
            if (entry->record.state == JobState::Running &&
                entry->record.spec.limitKeys().contains(key))
                ++running;
        }
        if (running >= limit)
            return false;
    }
    return true;
}

JobWorker *JobQueue::idleWorker()
{
    for (JobWorker *worker : std::as_const(m_workers)) {
        if (!worker->isBusy())
            return worker;
    }
    if (m_workers.size() >= m_limits.global)
        return nullptr;
    auto *worker = new JobWorker(int(m_workers.size()) + 1, this);
    connect(worker, &JobWorker::jobProgressed, this, &JobQueue::onProgress);
    connect(worker, &JobWorker::jobFinished, this, &JobQueue::onFinished);
    m_workers.append(worker);
    return worker;
}

void JobQueue::schedule()
{
    if (m_scheduling)
        return;
    m_scheduling = true;
    const qint64 now = m_clock.elapsed();
    QList<Entry *> waiting;
    qint64 nextWakeUp = -1;
    for (const auto &entry : std::as_const(m_entries)) {
        if (entry->record.state != JobState::Queued)
            continue;
        if (entry->notBeforeMs > now) {
            nextWakeUp = nextWakeUp < 0 ? entry->notBeforeMs : qMin(nextWakeUp, entry->notBeforeMs);
            continue;
        }
        waiting.append(entry.get());
    }
    std::stable_sort(waiting.begin(), waiting.end(), [](const Entry *a, const Entry *b) {
        if (a->record.spec.priority != b->record.spec.priority)
            return a->record.spec.priority > b->record.spec.priority;
        return a->sequence < b->sequence;
    });
    for (Entry *entry : std::as_const(waiting)) {
        if (runningCount() >= m_limits.global)
            break;
        if (!fitsLimits(*entry))
            continue; // a job for another host may still fit
        JobWorker *worker = idleWorker();
        if (!worker)
            break;
        start(*entry, worker);
    }
    if (nextWakeUp >= 0)
        m_wakeUp.start(int(qMax<qint64>(0, nextWakeUp - now)));
    m_scheduling = false;
}

void JobQueue::start(Entry &entry, JobWorker *worker)
{
    entry.worker = worker;
    JobRecord &r = entry.record;
    r.state = JobState::Running;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.progress = {};
    record(r);
    Q_EMIT jobChanged(r);
    worker->run(r.id, r.spec, m_credentials);
}

void JobQueue::onProgress(const QString &id, const JobProgress &progress)
{
    Entry *entry = find(id);
    if (!entry || entry->record.state != JobState::Running)
        return;
    // The copy that crossed from the worker thread (JobWorker's queued signal) is kept
    // in the record as it is: the record is what the model and berthctl read.
    entry->record.progress = progress;
    Q_EMIT jobChanged(entry->record);
}

void JobQueue::onFinished(const QString &id, const JobOutcome &outcome)
{
    Entry *entry = find(id);
    if (!entry)
        return;
    entry->worker = nullptr;
    JobRecord &r = entry->record;
    r.digest = outcome.digest;
    r.output = outcome.output;
    if (outcome.result) {
        r.error.reset();
        finish(*entry, JobState::Succeeded);
        return;
    }
    r.error = outcome.result.error();
    const ErrorKind kind = outcome.result.error().kind();
    if (kind == ErrorKind::Cancelled) {
        finish(*entry, JobState::Cancelled);
        return;
    }
    // Only a job that never reached the engine is safe to run again unasked.
    if (kind == ErrorKind::Unreachable && !outcome.reachedEngine && !entry->cancelRequested &&
        entry->automaticRetries < MaxAutomaticRetries) {
        const qint64 backoff = qint64(m_firstBackoff.count()) << entry->automaticRetries;
        ++entry->automaticRetries;
        entry->notBeforeMs = m_clock.elapsed() + backoff;
        r.state = JobState::Queued;
        r.progress = {};
        r.progress.status = tr("Cannot reach the engine; trying again in %n s", nullptr,
                               int((backoff + 999) / 1000));
        Q_EMIT jobChanged(r);
        schedule();
        return;
    }
    finish(*entry, JobState::Failed);
}

void JobQueue::finish(Entry &entry, JobState state)
{
    JobRecord &r = entry.record;
    r.state = state;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    record(r);
    const JobRecord finished = r; // the signals' receivers may clear the list
    Q_EMIT jobChanged(finished);
    Q_EMIT jobFinished(finished);
    schedule();
    if (isIdle())
        Q_EMIT idle();
}

void JobQueue::record(const JobRecord &record)
{
    if (m_history)
        m_history->post(historyEntry(record));
}

} // namespace Berth::Jobs
