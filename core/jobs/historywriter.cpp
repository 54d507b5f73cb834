// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/historywriter.h"

#include "jobs/jobhistory.h"

#include <QDeadlineTimer>
#include <QPointer>

#include <memory>

namespace Berth::Jobs {

HistoryWriter::HistoryWriter(JobHistory *history, QObject *parent)
    : QObject(parent)
    , m_home(new QObject)
    , m_history(history)
{
    m_thread.setObjectName(QStringLiteral("berth-history"));
    m_home->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_home, &QObject::deleteLater);
    m_thread.start();
}

HistoryWriter::~HistoryWriter()
{
    // One deadline for every write still to come, never 5 s for each of them.
    m_history->setLockDeadline(QDeadlineTimer(ClosingPatience));
    // Events run in order: the loop ends after every write posted before.
    QMetaObject::invokeMethod(m_home, [] { QThread::currentThread()->quit(); });
    m_thread.wait();
    m_history->setLockDeadline(QDeadlineTimer(QDeadlineTimer::Forever));
}

void HistoryWriter::post(const HistoryEntry &entry)
{
    onHistoryThread([entry](JobHistory *history) {
        const auto written = history->record(entry);
        QStringList problems = history->takeProblems();
        if (!written)
            problems.append(written.error().message());
        return problems;
    });
}

void HistoryWriter::read()
{
    auto entries = std::make_shared<QList<HistoryEntry>>();
    onHistoryThread(
        [entries](JobHistory *history) {
            const auto loaded = history->load();
            QStringList problems = history->takeProblems();
            if (loaded)
                *entries = *loaded;
            else
                problems.append(loaded.error().message());
            return problems;
        },
        [this, entries](const QList<HistoryEntry> &interrupted) {
            Q_EMIT entriesRead(*entries, interrupted);
        });
}

void HistoryWriter::onHistoryThread(std::function<QStringList(JobHistory *)> work, Done done)
{
    QPointer<HistoryWriter> self(this);
    QMetaObject::invokeMethod(
        m_home, [self, history = m_history, work = std::move(work), done = std::move(done)] {
            const QStringList problems = work(history);
            const QList<HistoryEntry> interrupted = history->takeInterrupted();
            if (problems.isEmpty() && interrupted.isEmpty() && !done)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, problems, interrupted, done] {
                    if (!self)
                        return;
                    for (const QString &text : problems)
                        Q_EMIT self->problem(text);
                    if (!interrupted.isEmpty())
                        Q_EMIT self->interruptedFound(interrupted);
                    if (done)
                        done(interrupted);
                },
                Qt::QueuedConnection);
        });
}

} // namespace Berth::Jobs
