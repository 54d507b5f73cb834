// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/bytesource.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Berth::Archive {

namespace {
// Large enough that a 64 MiB layer is a few hundred reads, small enough to stay in cache.
constexpr qsizetype DevicePiece = 256 * 1024;

struct ByteSourceText
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Archive::ByteSource)
};
} // namespace

DeviceByteSource::DeviceByteSource(QIODevice *device)
    : m_device(device)
    , m_buffer(DevicePiece, Qt::Uninitialized)
{}

Result<QByteArrayView> DeviceByteSource::next()
{
    const qint64 got = m_device->read(m_buffer.data(), m_buffer.size());
    // A sequential device (a pipe) says -1 at its end as well: an early end is caught by
    // the tar reader as a cut-short archive.
    if (got < 0 && !m_device->isSequential())
        return Error(ErrorKind::Io,
                     ByteSourceText::tr("cannot read: %1").arg(m_device->errorString()));
    if (got <= 0)
        return QByteArrayView();
    m_consumed += got;
    return QByteArrayView(m_buffer.constData(), got);
}

PrefixedByteSource::PrefixedByteSource(QByteArray head, ByteSource *rest)
    : m_head(std::move(head))
    , m_rest(rest)
{}

Result<QByteArrayView> PrefixedByteSource::next()
{
    if (!m_headGiven) {
        m_headGiven = true;
        if (!m_head.isEmpty()) {
            m_consumed += m_head.size();
            return QByteArrayView(m_head);
        }
    }
    if (!m_rest)
        return QByteArrayView();
    auto piece = m_rest->next();
    if (piece)
        m_consumed += piece->size();
    return piece;
}

} // namespace Berth::Archive
