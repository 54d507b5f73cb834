// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/bytesource.h"

#include <QCoreApplication>

#include <optional>

struct ZSTD_DCtx_s;

namespace Berth::Archive {

// The plain bytes of a zstd stream (frames one after another), decompressed by libzstd as
// the pieces arrive, with the same ceiling on the output as GzipInflater: zstd reaches
// ratios of 30,000 to 1 on zeros, so the ceiling is what stops a bomb.
class ZstdInflater final : public ByteSource
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Archive::ZstdInflater)

public:
    ZstdInflater(ByteSource *compressed, qint64 maxOutputBytes);
    ~ZstdInflater() override;
    ZstdInflater(const ZstdInflater &) = delete;
    ZstdInflater &operator=(const ZstdInflater &) = delete;

    Result<QByteArrayView> next() override;

private:
    ByteSource *m_compressed;
    qint64 m_maxOutputBytes;
    ZSTD_DCtx_s *m_context;
    QByteArray m_output;
    QByteArrayView m_input;
    bool m_inputEnded = false;
    bool m_frameOpen = false;
    std::optional<Error> m_failure; // given once what came before it was
};

} // namespace Berth::Archive
