// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/blobpipe.h"

#include <algorithm>
#include <cstring>

namespace Berth::Registry {

BlobPipe::BlobPipe(qint64 limit, QObject *parent)
    : QIODevice(parent)
    , m_limit(limit)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void BlobPipe::push(const QByteArray &data)
{
    if (data.isEmpty() || m_inputDone)
        return;
    m_chunks.append(data);
    m_buffered += data.size();
    Q_EMIT readyRead();
}

void BlobPipe::finishInput()
{
    if (m_inputDone)
        return;
    m_inputDone = true;
    // Wakes a reader waiting for more; it then finds the end.
    Q_EMIT readyRead();
    if (m_buffered == 0)
        Q_EMIT readChannelFinished();
}

qint64 BlobPipe::bytesAvailable() const
{
    return m_buffered + QIODevice::bytesAvailable();
}

bool BlobPipe::atEnd() const
{
    return m_inputDone && m_buffered == 0;
}

QString BlobPipe::deliveredDigest()
{
    if (m_digest.isEmpty())
        m_digest = m_hash.digest();
    return m_digest;
}

qint64 BlobPipe::readData(char *data, qint64 maxSize)
{
    if (m_buffered == 0)
        return m_inputDone ? -1 : 0;
    const bool wasFull = full();
    qint64 copied = 0;
    while (copied < maxSize && !m_chunks.isEmpty()) {
        const QByteArray &first = m_chunks.first();
        const qint64 n = std::min<qint64>(maxSize - copied, first.size() - m_offsetInFirst);
        std::memcpy(data + copied, first.constData() + m_offsetInFirst, size_t(n));
        m_hash.add(first.constData() + m_offsetInFirst, n);
        copied += n;
        m_offsetInFirst += n;
        if (m_offsetInFirst == first.size()) {
            m_chunks.removeFirst();
            m_offsetInFirst = 0;
        }
    }
    m_buffered -= copied;
    m_delivered += copied;
    if (wasFull && !full())
        Q_EMIT spaceAvailable();
    if (m_inputDone && m_buffered == 0)
        Q_EMIT readChannelFinished();
    return copied;
}

qint64 BlobPipe::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Berth::Registry
