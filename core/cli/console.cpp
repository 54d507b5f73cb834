// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/console.h"

#include <unistd.h>

namespace Berth::Cli {

static void writeUtf8(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Console::out(const QString &text) const
{
    writeUtf8(m_out, text);
}

void Console::err(const QString &text) const
{
    writeUtf8(m_err, text);
}

bool Console::errIsTerminal() const
{
    return ::isatty(::fileno(m_err)) == 1;
}

} // namespace Berth::Cli
