// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarentry.h"
#include "cli/console.h"

#include <QByteArray>

#include <functional>

namespace Berth {
class JsonLineWriter;
}

namespace Berth::Cli {

// Prints listing lines into a buffer that goes to stdout every 64 KiB: a layer of 20,000
// files is 20,000 lines, and a write per line would cost more than reading the layer.
class EntryPrinter final
{
public:
    enum class Style { Path, Long, Json };

    EntryPrinter(Style style, const Console &console);
    ~EntryPrinter();

    using JsonFields = std::function<void(JsonLineWriter &)>;

    // One entry; `extra` is appended to a Path or Long line (after a tab), and jsonFields
    // adds its fields to the JSON object, after the entry's own.
    void print(const Archive::TarEntry &entry, const QString &extra = {},
               const JsonFields &jsonFields = {});
    void printLine(const QByteArray &line);
    void flush();
    const Console &console() const { return m_console; }

private:
    void appendLong(const Archive::TarEntry &entry);
    void appendJson(const Archive::TarEntry &entry, const JsonFields &jsonFields);

    Style m_style;
    const Console &m_console;
    QByteArray m_buffer;
};

} // namespace Berth::Cli
