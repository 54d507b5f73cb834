// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/streampipe.h"

namespace Berth::Archive {

StreamPipe::StreamPipe(qint64 limit)
    : m_limit(limit)
{}

void StreamPipe::push(const QByteArray &data)
{
    QMutexLocker lock(&m_mutex);
    if (m_readerGone || m_finished || data.isEmpty())
        return;
    m_chunks.push_back(data);
    m_buffered += data.size();
    if (m_buffered >= m_limit)
        m_wasFull = true;
    m_arrived.wakeAll();
}

void StreamPipe::finish(std::optional<Error> error)
{
    QMutexLocker lock(&m_mutex);
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    m_arrived.wakeAll();
}

bool StreamPipe::full() const
{
    QMutexLocker lock(&m_mutex);
    return m_buffered >= m_limit;
}

void StreamPipe::setOnDrained(std::function<void()> onDrained)
{
    QMutexLocker lock(&m_mutex);
    m_onDrained = std::move(onDrained);
}

bool StreamPipe::readerGone() const
{
    QMutexLocker lock(&m_mutex);
    return m_readerGone;
}

void StreamPipe::closeReader()
{
    QMutexLocker lock(&m_mutex);
    m_readerGone = true;
    m_chunks.clear();
    m_buffered = 0;
}

Result<QByteArrayView> StreamPipe::next()
{
    std::function<void()> drained;
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.empty() && !m_finished)
            m_arrived.wait(&m_mutex);
        if (m_chunks.empty()) {
            if (m_error)
                return *m_error;
            return QByteArrayView();
        }
        m_current = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_buffered -= m_current.size();
        m_consumed += m_current.size();
        if (m_wasFull && m_buffered <= m_limit / 2) {
            m_wasFull = false;
            drained = m_onDrained;
        }
    }
    if (drained)
        drained();
    return QByteArrayView(m_current);
}

} // namespace Berth::Archive
