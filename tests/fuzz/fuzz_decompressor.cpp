// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of Load's decompressor on arbitrary bytes (an archive is anyone's to make): it
// never crashes, an error says why, it never gives more than its ceiling, and how the
// input arrives (a file read whole or a pipe a few bytes at a time) and how the output is
// asked for never change what it gives or its verdict.
#include "../pipedevice.h"
#include "archive/compression.h"
#include "archive/streamdecompressor.h"
#include "invariantbroken.h"

#include <QBuffer>

#include <cstdint>

using Berth::Archive::Compression;
using Berth::Archive::StreamDecompressor;

namespace {

// Fuzzing wants many runs a second: a small ceiling, which also exercises the bomb check.
constexpr qint64 Ceiling = 4 * 1024 * 1024;

[[noreturn]] void broken(const char *invariant, const QByteArray &input)
{
    invariantBroken("decompressor", invariant, input);
}

struct Outcome
{
    QByteArray output;
    bool error = false;
};

Outcome decompress(Compression compression, QIODevice *source, qint64 readSize,
                   const QByteArray &input)
{
    StreamDecompressor decompressor(compression, source, Ceiling);
    Outcome outcome;
    while (true) {
        const auto piece = decompressor.read(readSize);
        if (!piece) {
            if (piece.error().message().isEmpty())
                broken("an error without a message", input);
            if (decompressor.read(readSize).ok())
                broken("a read after an error succeeded", input);
            outcome.error = true;
            return outcome;
        }
        if (piece->isEmpty()) {
            if (!decompressor.atEnd())
                broken("nothing read, neither an end nor an error", input);
            return outcome;
        }
        if (piece->size() > readSize)
            broken("more than asked for", input);
        outcome.output += *piece;
        if (outcome.output.size() > Ceiling)
            broken("more than the ceiling", input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    // What the magic says; without one, a compression the first byte picks, so that a
    // wrong claim (a name that lies, as Load never trusts) is fuzzed too.
    Compression compression = Berth::Archive::compressionFromMagic(input);
    if (compression == Compression::None && size > 0)
        compression = Compression(1 + data[0] % 3);
    if (compression == Compression::None)
        return 0;

    QBuffer file;
    file.setData(input);
    file.open(QIODevice::ReadOnly);
    const Outcome whole = decompress(compression, &file, 256 * 1024, input);
    PipeDevice pipe(input, 1 + qint64(size % 97));
    const Outcome trickled = decompress(compression, &pipe, 1 + qint64(size % 4099), input);
    if (whole.error != trickled.error)
        broken("the verdict depends on how the input arrives", input);
    if (!whole.error && whole.output != trickled.output)
        broken("the output depends on how the input arrives", input);
    return 0;
}
