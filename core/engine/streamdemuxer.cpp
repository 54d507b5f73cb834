// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/streamdemuxer.h"

namespace Berth::Engine {

namespace {

constexpr qsizetype HeaderSize = 8;

quint32 frameLength(const char *header)
{
    const auto *h = reinterpret_cast<const uchar *>(header);
    return (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
}

// The daemon sends only 1 and 2; anything else is shown as stdout rather than lost.
StreamDemuxer::Channel channelOf(const char *header)
{
    return header[0] == 2 ? StreamDemuxer::Channel::Stderr : StreamDemuxer::Channel::Stdout;
}

// The payload bytes of the whole frames from offset on that are on the same channel as
// the first: what one chunk will hold.
qsizetype runLength(const char *bytes, qsizetype size, qsizetype offset)
{
    const StreamDemuxer::Channel channel = channelOf(bytes + offset);
    qsizetype total = 0;
    while (size - offset >= HeaderSize && channelOf(bytes + offset) == channel) {
        const quint32 length = frameLength(bytes + offset);
        if (size - offset - HeaderSize < qsizetype(length))
            break;
        total += length;
        offset += HeaderSize + length;
    }
    return total;
}

} // namespace

QList<StreamDemuxer::Chunk> StreamDemuxer::feed(const QByteArray &data)
{
    // Each payload byte is copied once, into its chunk: the frames are read where they
    // arrived, and only an unfinished frame's bytes are kept for the next feed. The 256 MiB
    // that `berthctl run` may pass through otherwise cost a copy per step and the page
    // faults of the memory each copy took and gave back.
    QByteArray joined;
    if (!m_buffer.isEmpty()) {
        joined = m_buffer + data;
        m_buffer.clear();
    }
    const QByteArray &input = joined.isNull() ? data : joined;
    const char *bytes = input.constData();
    const qsizetype size = input.size();
    QList<Chunk> chunks;
    qsizetype offset = 0;
    while (size - offset >= HeaderSize) {
        const quint32 length = frameLength(bytes + offset);
        if (size - offset - HeaderSize < qsizetype(length))
            break;
        const Channel channel = channelOf(bytes + offset);
        if (chunks.isEmpty() || chunks.last().channel != channel) {
            chunks.append({channel, QByteArray()});
            chunks.last().data.reserve(runLength(bytes, size, offset));
        }
        chunks.last().data.append(bytes + offset + HeaderSize, length);
        offset += HeaderSize + length;
    }
    if (offset < size)
        m_buffer = QByteArray(bytes + offset, size - offset);
    return chunks;
}

} // namespace Berth::Engine
