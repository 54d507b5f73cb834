// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/historyentry.h"

#include <QObject>
#include <QThread>

#include <chrono>
#include <functional>

namespace Berth::Jobs {

class JobHistory;

// Writes history entries on a thread of its own: the history is a file under a lock that
// another Berth process may hold, which the queue's (GUI) thread must never wait for.
// Entries are written in the order they were posted.
class HistoryWriter final : public QObject
{
    Q_OBJECT

public:
    // How long closing waits, in all, for another process's lock on the history file.
    static constexpr std::chrono::milliseconds ClosingPatience{1000};

    explicit HistoryWriter(JobHistory *history, QObject *parent = nullptr);
    // Writes what was posted, then joins the thread; waits at most ClosingPatience in all
    // for a lock another process holds. What cannot be written by then is kept aside
    // (HistorySetAside), and the next reader merges it once this process has ended.
    ~HistoryWriter() override;

    void post(const HistoryEntry &entry);
    // Reads the whole history after what was posted so far; entriesRead() brings it.
    void read();

Q_SIGNALS:
    // A write failed, or the history had to be repaired; on the writer's owner thread.
    void problem(const QString &text);
    // Jobs of processes that died, found unfinished and now recorded as interrupted.
    void interruptedFound(const QList<Berth::Jobs::HistoryEntry> &entries);
    // The answer to read(), oldest first, with the jobs this read's own sweep found
    // interrupted (also told by interruptedFound()); on the writer's owner thread.
    void entriesRead(const QList<Berth::Jobs::HistoryEntry> &entries,
                     const QList<Berth::Jobs::HistoryEntry> &interrupted);

private:
    using Done = std::function<void(const QList<HistoryEntry> &interrupted)>;
    // Runs `work` on the history's thread and delivers its problems, the jobs it found
    // interrupted and `done` back on this object's thread, unless this object is gone.
    void onHistoryThread(std::function<QStringList(JobHistory *)> work, Done done = {});

    QThread m_thread;
    QObject *m_home; // lives on m_thread
    JobHistory *m_history;
};

} // namespace Berth::Jobs
