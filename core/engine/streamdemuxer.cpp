// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/streamdemuxer.h"

namespace Berth::Engine {

namespace {
constexpr qsizetype HeaderSize = 8;
}

QList<StreamDemuxer::Chunk> StreamDemuxer::feed(const QByteArray &data)
{
    m_buffer.append(data);
    QList<Chunk> chunks;
    qsizetype offset = 0;
    while (m_buffer.size() - offset >= HeaderSize) {
        const auto *header = reinterpret_cast<const uchar *>(m_buffer.constData() + offset);
        const quint32 length = (quint32(header[4]) << 24) | (quint32(header[5]) << 16) |
                               (quint32(header[6]) << 8) | quint32(header[7]);
        if (m_buffer.size() - offset - HeaderSize < qsizetype(length))
            break;
        // The daemon sends only 1 and 2; anything else is shown as stdout rather than lost.
        const Channel channel = header[0] == 2 ? Channel::Stderr : Channel::Stdout;
        const QByteArray payload = m_buffer.mid(offset + HeaderSize, length);
        if (!chunks.isEmpty() && chunks.last().channel == channel)
            chunks.last().data.append(payload);
        else
            chunks.append({channel, payload});
        offset += HeaderSize + length;
    }
    m_buffer.remove(0, offset);
    return chunks;
}

} // namespace Berth::Engine
