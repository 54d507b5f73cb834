// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

struct inflate_state;

namespace Berth::Archive {

// The plain bytes of a gzip stream, inflated by ISA-L's isal_inflate as the compressed
// pieces arrive (libdeflate would need the whole blob in memory). Several gzip members one
// after another (pigz, concatenated files) read as one stream, as gzip -d reads them. The
// output stops with an error past maxOutputBytes: a decompression bomb goes no further.
class GzipInflater final : public ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Archive::GzipInflater)

public:
    GzipInflater(ByteSource *compressed, qint64 maxOutputBytes);
    ~GzipInflater() override;
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    Result<QByteArrayView> next() override;

private:
    Error damaged(const QString &reason) const;
    // The next compressed piece once the last is used up.
    Result<void> refill();
    // m_input after an inflate that left `left` bytes unread, some perhaps handed back
    // from before m_input (at a member's end).
    Result<void> keepUnread(qsizetype left);

    ByteSource *m_compressed;
    qint64 m_maxOutputBytes;
    std::unique_ptr<inflate_state> m_state;
    QByteArray m_output;
    QByteArrayView m_input;
    QByteArray m_before; // the last bytes before m_input's first (ReadAhead at most)
    QByteArray m_joined; // bytes handed back at a member's end, and the input after them
    bool m_inputEnded = false;
    bool m_memberEnded = false;
    bool m_ended = false;
    std::optional<Error> m_failure; // given once what came before it was
};

} // namespace Berth::Archive
