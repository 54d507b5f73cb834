// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/streamdecompressor.h"

#include <QIODevice>

#include <memory>

namespace Berth::Archive {

// A read-only, sequential device giving the plain bytes of a compressed source device:
// what a streamed HTTP body reads from, a piece each time the socket drains. A read error
// (damaged input, a bomb) shows as read() returning -1 and errorString(), while atEnd()
// stays false, so a reader can tell it from the end of the stream.
class DecompressingDevice final : public QIODevice
{
    Q_OBJECT

public:
    // source is not owned and must outlive the device.
    DecompressingDevice(Compression compression, QIODevice *source, qint64 maxOutputBytes,
                        QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    StreamDecompressor m_decompressor;
    bool m_failed = false;
};

} // namespace Berth::Archive
