// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Berth::Engine {

// Splits the multiplexed stdio of a container without a TTY (attach and logs): each
// frame is an 8-byte header [stream, 0, 0, 0, big-endian uint32 length] and its payload.
// Frames may arrive cut anywhere; what is incomplete waits for the next feed.
class StreamDemuxer final
{
public:
    enum class Channel { Stdin = 0, Stdout = 1, Stderr = 2 };
    struct Chunk
    {
        Channel channel;
        QByteArray data;
    };

    QList<Chunk> feed(const QByteArray &data);
    // Bytes of a frame begun but not finished: a stream that ends with some was cut.
    qsizetype pending() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

} // namespace Berth::Engine
