// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of berthctl's completion on arbitrary command lines and help texts: reading
// a help text (CommandHelp) and completing never crash, and every candidate begins with
// the word being completed. The input is a help text, a NUL, then the words a line each
// (the last is the word under the cursor). A broken invariant aborts, so libFuzzer and
// the corpus replay both report it.
#include "cli/completer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Berth::Cli::Completer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = input.indexOf('\0');
    const QString help = QString::fromUtf8(nul < 0 ? input : input.left(nul));
    const QStringList words =
        nul < 0 ? QStringList{QString()} : QString::fromUtf8(input.mid(nul + 1)).split(u'\n');

    const Completer completer(
        [&help](const QStringList &) { return help; },
        [](const QStringList &) {
            return QStringList{QStringLiteral("alpine:3.19"), QStringLiteral("busybox:latest")};
        });
    const Completer::Candidates candidates = completer.complete(words);
    const QString current = words.last();
    for (const QString &candidate : candidates.words) {
        if (!candidate.section(u'\t', 0, 0).startsWith(current)) {
            std::fprintf(stderr, "completion invariant broken: '%s' does not begin with '%s'\n",
                         qUtf8Printable(candidate), qUtf8Printable(current));
            std::abort();
        }
    }
    return 0;
}
