// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/entryprinter.h"

#include "base/jsonlinewriter.h"

#include <cstdio>
#include <ctime>

namespace Berth::Cli {

using Archive::EntryType;

namespace {
constexpr qsizetype FlushAt = 64 * 1024;
}

EntryPrinter::EntryPrinter(Style style, const Console &console)
    : m_style(style)
    , m_console(console)
{
    m_buffer.reserve(FlushAt + 4096);
}

EntryPrinter::~EntryPrinter()
{
    flush();
}

void EntryPrinter::flush()
{
    if (!m_buffer.isEmpty())
        m_console.outBytes(m_buffer);
    m_buffer.clear();
}

void EntryPrinter::printLine(const QByteArray &line)
{
    m_buffer += line;
    m_buffer += '\n';
    if (m_buffer.size() >= FlushAt)
        flush();
}

// As GNU tar -tv --numeric-owner prints it, with the time in UTC.
void EntryPrinter::appendLong(const Archive::TarEntry &entry)
{
    m_buffer += Archive::modeString(entry.type, entry.mode).toLatin1();
    char text[96];
    std::tm time{};
    const std::time_t seconds = std::time_t(entry.mtime);
    gmtime_r(&seconds, &time);
    const int length =
        std::snprintf(text, sizeof text, " %lld/%lld %lld %04d-%02d-%02d %02d:%02d ",
                      static_cast<long long>(entry.uid), static_cast<long long>(entry.gid),
                      static_cast<long long>(entry.size), time.tm_year + 1900, time.tm_mon + 1,
                      time.tm_mday, time.tm_hour, time.tm_min);
    m_buffer.append(text, length);
    m_buffer += entry.path.toUtf8();
    if (entry.type == EntryType::Symlink)
        m_buffer += " -> " + entry.linkTarget.toUtf8();
    else if (entry.type == EntryType::Hardlink)
        m_buffer += " link to " + entry.linkTarget.toUtf8();
}

void EntryPrinter::appendJson(const Archive::TarEntry &entry, const JsonFields &jsonFields)
{
    JsonLineWriter line(m_buffer);
    line.field(QLatin1StringView("gid"), entry.gid);
    if (!entry.linkTarget.isEmpty())
        line.field(QLatin1StringView("link"), entry.linkTarget);
    line.field(QLatin1StringView("mode"), qint64(entry.mode))
        .field(QLatin1StringView("mtime"), entry.mtime)
        .field(QLatin1StringView("path"), entry.path)
        .field(QLatin1StringView("size"), entry.size)
        .field(QLatin1StringView("type"), Archive::entryTypeName(entry.type))
        .field(QLatin1StringView("uid"), entry.uid);
    if (jsonFields)
        jsonFields(line);
    line.endLine();
}

void EntryPrinter::print(const Archive::TarEntry &entry, const QString &extra,
                         const JsonFields &jsonFields)
{
    switch (m_style) {
    case Style::Path:
        m_buffer += entry.path.toUtf8();
        break;
    case Style::Long:
        appendLong(entry);
        break;
    case Style::Json:
        appendJson(entry, jsonFields);
        break;
    }
    if (m_style != Style::Json) {
        if (!extra.isEmpty())
            m_buffer += '\t' + extra.toUtf8();
        m_buffer += '\n';
    }
    if (m_buffer.size() >= FlushAt)
        flush();
}

} // namespace Berth::Cli
