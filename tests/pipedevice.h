// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A read-only device that behaves like a pipe: sequential, at most `piece` bytes a read,
// -1 at its end. For feeding readers their input in odd-sized pieces.
#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

class PipeDevice final : public QIODevice
{
public:
    PipeDevice(QByteArray data, qint64 piece)
        : m_data(std::move(data))
        , m_piece(piece)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_piece, qint64(m_data.size()) - m_at});
        if (n <= 0)
            return -1;
        std::memcpy(data, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_piece;
    qint64 m_at = 0;
};
