// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of the history file's parser on arbitrary bytes (the file is anyone's to edit):
// it never crashes, an error says why, every entry it keeps has an id and a kind and no
// id twice, and what it keeps survives a write and a second read unchanged.
#include "invariantbroken.h"
#include "jobs/historyfile.h"

#include <QSet>

#include <cstdint>

using Berth::Jobs::HistoryEntry;
using Berth::Jobs::HistoryFile;

namespace {

[[noreturn]] void broken(const char *invariant, const QByteArray &input)
{
    invariantBroken("history file", invariant, input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = HistoryFile::parse(bytes);
    if (!parsed) {
        if (parsed.error().message().isEmpty())
            broken("an error without a message", bytes);
        return 0;
    }
    QSet<QString> ids;
    for (const HistoryEntry &entry : parsed->entries) {
        if (entry.id.isEmpty() || entry.kind.isEmpty())
            broken("an entry without an id or a kind", bytes);
        if (ids.contains(entry.id))
            broken("an id twice", bytes);
        ids.insert(entry.id);
    }
    const auto again = HistoryFile::parse(HistoryFile::serialize(parsed->entries));
    if (!again)
        broken("what it wrote does not read back", bytes);
    if (again->leftOut != 0 || again->entries != parsed->entries)
        broken("what it wrote reads back different", bytes);
    return 0;
}
