// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/stdiospool.h"

#include <QFile>

#include <cstdio>

namespace Berth::Cli {

namespace {
constexpr qint64 ChunkBytes = 1 << 20;
}

StdioSpool::StdioSpool()
    : m_dir(QDir::tempPath() + QStringLiteral("/berthctl-XXXXXX"))
{}

QString StdioSpool::path() const
{
    return m_dir.filePath(QStringLiteral("stream.tar"));
}

std::optional<QString> StdioSpool::copyToStdout(const Console &console) const
{
    QFile in(path());
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(ChunkBytes);
        if (chunk.isEmpty())
            return in.errorString();
        console.outBytes(chunk);
    }
    return std::nullopt;
}

} // namespace Berth::Cli
