// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/historywriter.h"

#include "jobs/jobhistory.h"

#include <QPointer>

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
    flush();
    m_thread.quit();
    m_thread.wait();
}

void HistoryWriter::post(const HistoryEntry &entry)
{
    QPointer<HistoryWriter> self(this);
    QMetaObject::invokeMethod(m_home, [self, history = m_history, entry] {
        const auto written = history->record(entry);
        QStringList problems = history->takeProblems();
        if (!written)
            problems.append(written.error().message());
        if (problems.isEmpty())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, problems] {
                if (self) {
                    for (const QString &text : problems)
                        Q_EMIT self->problem(text);
                }
            },
            Qt::QueuedConnection);
    });
}

void HistoryWriter::flush()
{
    // Events run in order: once this no-op ran, every earlier write has.
    QMetaObject::invokeMethod(
        m_home, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace Berth::Jobs
