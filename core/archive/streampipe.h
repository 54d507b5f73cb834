// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <optional>

namespace Berth::Archive {

// Bytes handed from a producer on one thread (an HTTP body as the socket gives it) to a
// ByteSource reader on another (a worker listing layers), which waits for them. The
// producer should stop while full() and resumes when onDrained is called (on the reader's
// thread), so that what waits in the pipe stays bounded.
class StreamPipe final : public ByteSource
{
public:
    explicit StreamPipe(qint64 limit = 4 * 1024 * 1024);

    // Producer side.
    void push(const QByteArray &data);
    void finish(std::optional<Error> error = std::nullopt);
    bool full() const;
    // Called on the reader's thread when the pipe has gone from full to half empty.
    void setOnDrained(std::function<void()> onDrained);
    // The reader stopped (done or failed): pushes are dropped from now on.
    bool readerGone() const;

    // Reader side.
    Result<QByteArrayView> next() override;
    void closeReader();

private:
    mutable QMutex m_mutex;
    QWaitCondition m_arrived;
    std::deque<QByteArray> m_chunks;
    QByteArray m_current; // what the last next() handed out, kept alive until the next call
    qint64 m_buffered = 0;
    qint64 m_limit;
    bool m_wasFull = false;
    bool m_finished = false;
    bool m_readerGone = false;
    std::optional<Error> m_error;
    std::function<void()> m_onDrained;
};

} // namespace Berth::Archive
