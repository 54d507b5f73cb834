// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of the layer reader and the whiteout logic on arbitrary bytes (a layer is
// anyone's to push): it never crashes; an error says why; every path it gives is relative,
// without "..", and not empty; the entries and the verdict do not depend on how the bytes
// arrive; applied as a layer (twice, so that whiteouts meet what they remove), no whiteout
// name is ever present in the filesystem and the wasted total is the sum of its files.
// The same bytes read as a whole image archive never crash either.
#include "../pipedevice.h"
#include "archive/imagearchive.h"
#include "archive/imagefilesystem.h"
#include "archive/layerreader.h"
#include "archive/whiteout.h"
#include "invariantbroken.h"

#include <QBuffer>

#include <cstdint>

using namespace Berth::Archive;

namespace {

[[noreturn]] void broken(const char *invariant, const QByteArray &input)
{
    invariantBroken("layer reader", invariant, input);
}

struct Outcome
{
    QList<TarEntry> entries;
    bool error = false;
};

Outcome readLayer(QIODevice *device, const QByteArray &input)
{
    // Fuzzing wants many runs a second: small limits, which also exercise their checks.
    LayerLimits limits;
    limits.maxTarBytes = 8 * 1024 * 1024;
    limits.maxEntries = 4096;
    DeviceByteSource source(device);
    Outcome outcome;
    const auto stats = LayerReader::read(
        &source,
        [&](const TarEntry &entry) {
            if (entry.path.isEmpty() || entry.path.startsWith(u'/') ||
                entry.path.split(u'/').contains(QStringLiteral("..")))
                broken("a path that is empty, absolute or climbs out", input);
            outcome.entries.append(entry);
            return true;
        },
        limits);
    if (!stats) {
        if (stats.error().message().isEmpty())
            broken("an error without a message", input);
        outcome.error = true;
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer file;
    file.setData(input);
    file.open(QIODevice::ReadOnly);
    const Outcome whole = readLayer(&file, input);
    PipeDevice pipe(input, 1 + qint64(size % 509));
    const Outcome trickled = readLayer(&pipe, input);
    if (whole.error != trickled.error)
        broken("the verdict depends on how the input arrives", input);
    if (whole.entries != trickled.entries)
        broken("the entries depend on how the input arrives", input);

    ImageFilesystem filesystem;
    filesystem.addLayer(whole.entries);
    filesystem.addLayer(whole.entries);
    for (const auto &[path, record] : filesystem.paths())
        if (record.present && Whiteout::of(path).kind != Whiteout::None)
            broken("a whiteout is present in the filesystem", input);
    const WastedSpace waste = filesystem.wastedSpace();
    qint64 sum = 0;
    for (const WastedPath &path : waste.paths)
        sum += path.bytes;
    if (sum != waste.totalBytes)
        broken("the wasted total is not the sum of its files", input);

    QBuffer archive;
    archive.setData(input);
    archive.open(QIODevice::ReadOnly);
    DeviceByteSource archiveSource(&archive);
    const auto images = ImageArchiveReader::read(&archiveSource, {});
    if (!images && images.error().message().isEmpty())
        broken("an image archive's error without a message", input);
    return 0;
}
