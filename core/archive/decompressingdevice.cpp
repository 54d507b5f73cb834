// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/decompressingdevice.h"

#include <cstring>

namespace Berth::Archive {

DecompressingDevice::DecompressingDevice(Compression compression, QIODevice *source,
                                         qint64 maxOutputBytes, QObject *parent)
    : QIODevice(parent)
    , m_decompressor(compression, source, maxOutputBytes)
{}

bool DecompressingDevice::atEnd() const
{
    return !m_failed && m_decompressor.atEnd() && QIODevice::bytesAvailable() == 0;
}

qint64 DecompressingDevice::bytesAvailable() const
{
    // Unknown until decompressed; say there is more until the stream has ended.
    return QIODevice::bytesAvailable() + (m_decompressor.atEnd() || m_failed ? 0 : 1);
}

qint64 DecompressingDevice::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    const Result<QByteArray> piece = m_decompressor.read(maxSize);
    if (!piece) {
        m_failed = true;
        setErrorString(piece.error().message());
        return -1;
    }
    if (piece->isEmpty())
        return -1; // the end of the stream
    std::memcpy(data, piece->constData(), size_t(piece->size()));
    return piece->size();
}

qint64 DecompressingDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Berth::Archive
