// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/gzipinflater.h"

#include "archive/streamdecompressor.h"

#include <isa-l/igzip_lib.h>

namespace Berth::Archive {

namespace {
constexpr qsizetype OutputPiece = 256 * 1024;
// At a member's end ISA-L hands back what it read past the trailer: up to 8 bytes of its
// bit buffer, and what it had copied into its own buffer for a header or trailer split
// across pieces (ISAL_DEF_MAX_HDR_SIZE, 328 bytes). Those may have come in earlier pieces.
constexpr qsizetype ReadAhead = 512;
} // namespace

GzipInflater::GzipInflater(ByteSource *compressed, qint64 maxOutputBytes)
    : m_compressed(compressed)
    , m_maxOutputBytes(maxOutputBytes)
    , m_state(std::make_unique<inflate_state>())
    , m_output(OutputPiece, Qt::Uninitialized)
{
    isal_inflate_init(m_state.get());
    m_state->crc_flag = ISAL_GZIP;
}

GzipInflater::~GzipInflater() = default;

Error GzipInflater::damaged(const QString &reason) const
{
    return Error(ErrorKind::Invalid, tr("the gzip data is damaged or cut short (%1)").arg(reason));
}

Result<void> GzipInflater::refill()
{
    if (!m_input.isEmpty() || m_inputEnded)
        return {};
    auto piece = m_compressed->next();
    if (!piece)
        return piece.error();
    m_input = *piece;
    m_inputEnded = m_input.isEmpty();
    return {};
}

Result<void> GzipInflater::keepUnread(qsizetype left)
{
    const qsizetype given = m_input.size();
    if (left <= given) {
        const QByteArrayView used = m_input.first(given - left);
        m_before.append(used.last(std::min(used.size(), ReadAhead)));
        m_before = m_before.right(ReadAhead);
        m_input = m_input.sliced(given - left);
        return {};
    }
    // Bytes handed back from before what was given: kept, with it, in a buffer of ours.
    const qsizetype back = left - given;
    if (back > m_before.size())
        return damaged(tr("the inflater gave back more than it read"));
    QByteArray joined = m_before.right(back);
    joined.append(m_input);
    m_before.chop(back);
    m_joined = std::move(joined);
    m_input = m_joined;
    return {};
}

Result<QByteArrayView> GzipInflater::next()
{
    if (m_failure)
        return *m_failure;
    if (m_ended)
        return QByteArrayView();
    inflate_state &state = *m_state;
    state.next_out = reinterpret_cast<uint8_t *>(m_output.data());
    state.avail_out = uint32_t(m_output.size());
    while (state.avail_out == uint32_t(m_output.size())) {
        if (m_memberEnded) {
            // Another member may follow; trailing zeros (tape padding) end the stream.
            while (!m_input.isEmpty() && m_input.front() == '\0')
                m_input = m_input.sliced(1);
            if (m_input.isEmpty() && !m_inputEnded) {
                if (auto read = refill(); !read)
                    return read.error();
                continue;
            }
            if (m_input.isEmpty()) {
                m_ended = true;
                return QByteArrayView();
            }
            isal_inflate_reset(&state);
            state.crc_flag = ISAL_GZIP;
            state.next_out = reinterpret_cast<uint8_t *>(m_output.data());
            state.avail_out = uint32_t(m_output.size());
            m_memberEnded = false;
        }
        if (auto read = refill(); !read)
            return read.error();
        if (m_input.isEmpty() && m_inputEnded)
            return damaged(tr("it ends in the middle of a gzip member"));
        state.next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(m_input.data()));
        state.avail_in = uint32_t(m_input.size());
        const int status = isal_inflate(&state);
        switch (status) {
        case ISAL_DECOMP_OK:
        case ISAL_END_INPUT:
        case ISAL_OUT_OVERFLOW:
            break;
        case ISAL_INCORRECT_CHECKSUM:
            m_failure = damaged(tr("its checksum does not match"));
            break;
        case ISAL_INVALID_WRAPPER:
        case ISAL_UNSUPPORTED_METHOD:
            m_failure = damaged(tr("not a gzip header"));
            break;
        default:
            m_failure = damaged(tr("invalid deflate data"));
            break;
        }
        // After damage ISA-L's count of unread bytes means nothing (it can wrap below
        // zero), and nothing more is read.
        if (!m_failure) {
            if (auto kept = keepUnread(qsizetype(state.avail_in)); !kept)
                return kept.error();
        }
        // What was inflated before the damage is handed on first, as it is when the same
        // bytes arrive in smaller pieces: the reader sees the same entries either way.
        if (m_failure) {
            if (state.avail_out == uint32_t(m_output.size()))
                return *m_failure;
            break;
        }
        if (state.block_state == ISAL_BLOCK_FINISH)
            m_memberEnded = true;
    }
    const qint64 produced = m_output.size() - qsizetype(state.avail_out);
    m_consumed += produced;
    // The ceiling grows with the input read so far: 1 GiB plus 1024 times it, as load's.
    if (auto bomb = StreamDecompressor::beyondCeiling(Compression::Gzip, m_consumed,
                                                      m_compressed->consumed(), m_maxOutputBytes))
        return *bomb;
    return QByteArrayView(m_output.constData(), produced);
}

} // namespace Berth::Archive
