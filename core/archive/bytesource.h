// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace Berth::Archive {

// A stream of bytes read a piece at a time, pulled by a reader that runs on one thread (a
// worker): a layer blob from a file, from a docker save tar in passing, or from a pipe fed
// by a download. A piece stays valid until the next call; an empty piece is the end.
class ByteSource
{
public:
    virtual ~ByteSource() = default;
    virtual Result<QByteArrayView> next() = 0;
    // Bytes handed out so far.
    qint64 consumed() const { return m_consumed; }

protected:
    qint64 m_consumed = 0;
};

// Pieces of a QIODevice (a file, a process's output), read on the calling thread.
class DeviceByteSource final : public ByteSource
{
public:
    explicit DeviceByteSource(QIODevice *device);
    Result<QByteArrayView> next() override;

private:
    QIODevice *m_device;
    QByteArray m_buffer;
};

// A source whose first piece was already read (to tell its format by its first bytes)
// and is handed out again before the rest.
class PrefixedByteSource final : public ByteSource
{
public:
    // `rest` null: nothing follows the head.
    PrefixedByteSource(QByteArray head, ByteSource *rest);
    Result<QByteArrayView> next() override;

private:
    QByteArray m_head;
    bool m_headGiven = false;
    ByteSource *m_rest;
};

} // namespace Berth::Archive
