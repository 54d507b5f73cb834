// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/zstdinflater.h"

#include "archive/streamdecompressor.h"

#include <zstd.h>

namespace Berth::Archive {

ZstdInflater::ZstdInflater(ByteSource *compressed, qint64 maxOutputBytes)
    : m_compressed(compressed)
    , m_maxOutputBytes(maxOutputBytes)
    , m_context(ZSTD_createDCtx())
    , m_output(qsizetype(ZSTD_DStreamOutSize()) * 2, Qt::Uninitialized)
{
    // A window larger than 128 MiB is refused (zstd's default is 8 MiB), so that a frame
    // cannot make Berth allocate gigabytes before it writes a byte.
    ZSTD_DCtx_setParameter(m_context, ZSTD_d_windowLogMax, 27);
}

ZstdInflater::~ZstdInflater()
{
    ZSTD_freeDCtx(m_context);
}

Result<QByteArrayView> ZstdInflater::next()
{
    if (m_failure)
        return *m_failure;
    ZSTD_outBuffer out{m_output.data(), size_t(m_output.size()), 0};
    while (out.pos == 0) {
        if (m_input.isEmpty() && !m_inputEnded) {
            auto piece = m_compressed->next();
            if (!piece)
                return piece.error();
            m_input = *piece;
            m_inputEnded = m_input.isEmpty();
        }
        if (m_input.isEmpty()) {
            if (m_frameOpen)
                return Error(ErrorKind::Invalid,
                             tr("the zstd data is damaged or cut short (it ends inside a "
                                "frame)"));
            return QByteArrayView();
        }
        ZSTD_inBuffer in{m_input.data(), size_t(m_input.size()), 0};
        const size_t hint = ZSTD_decompressStream(m_context, &out, &in);
        if (ZSTD_isError(hint)) {
            m_failure =
                Error(ErrorKind::Invalid, tr("the zstd data is damaged or cut short (%1)")
                                              .arg(QString::fromUtf8(ZSTD_getErrorName(hint))));
            // What came before the damage first, as when the bytes arrive in pieces.
            if (out.pos == 0)
                return *m_failure;
            break;
        }
        m_input = m_input.sliced(qsizetype(in.pos));
        m_frameOpen = hint != 0;
    }
    m_consumed += qint64(out.pos);
    // The ceiling grows with the input read so far: 1 GiB plus 1024 times it, as load's.
    if (auto bomb = StreamDecompressor::beyondCeiling(Compression::Zstd, m_consumed,
                                                      m_compressed->consumed(), m_maxOutputBytes))
        return *bomb;
    return QByteArrayView(m_output.constData(), qsizetype(out.pos));
}

} // namespace Berth::Archive
