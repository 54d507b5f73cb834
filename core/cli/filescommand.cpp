// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/filescommand.h"

#include "archive/layerreader.h"
#include "archive/whiteout.h"
#include "base/humanformat.h"
#include "base/jsonlinewriter.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/entryprinter.h"
#include "cli/imagecontentsreader.h"

#include <QFile>

#include <algorithm>

namespace Berth::Cli {

using namespace Archive;

namespace {

const QLatin1StringView LayerKey("layer");

// One layer blob from disk (or stdin), printed as it is read: nothing is kept.
int listArchive(const QString &path, EntryPrinter &printer)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printer.console().err(
            FilesCommand::tr("berthctl: cannot read %1: %2\n").arg(path, file.errorString()));
        return ExitFailure;
    }
    DeviceByteSource source(&file);
    const auto stats = LayerReader::read(&source, [&printer](const TarEntry &entry) {
        printer.print(entry);
        return true;
    });
    printer.flush();
    if (!stats)
        return reportError(stats.error().withContext(path), printer.console());
    return ExitOk;
}

// The image's filesystem: every path present, with the layer that last wrote it.
void listFilesystem(const ImageFilesystem &filesystem, EntryPrinter &printer)
{
    for (const auto &[path, record] : filesystem.paths()) {
        if (!record.present)
            continue;
        const int layer = record.lastLayer() + 1;
        const bool changed = record.events.size() > 1;
        printer.print(record.entry, {}, [layer, changed](JsonLineWriter &line) {
            line.field(QLatin1StringView("changed"), qint64(changed)).field(LayerKey, layer);
        });
    }
}

// One layer's own entries in its tar's order, each marked with what a later layer did.
void listLayer(const ImageContents &contents, int index, EntryPrinter &printer)
{
    const auto &layer = contents.image.layers.at(index);
    if (!layer.contents)
        return;
    const auto &paths = contents.filesystem.paths();
    for (const TarEntry &entry : layer.contents->entries) {
        QString extra;
        qint64 deletedIn = 0;
        qint64 overwrittenIn = 0;
        qint64 changedHere = 0;
        if (Whiteout::of(entry.path).kind == Whiteout::None) {
            const auto it = paths.find(entry.path);
            if (it != paths.end()) {
                for (const PathEvent &event : it->second.events)
                    if (event.layer == index && event.change == PathChange::Changed)
                        changedHere = 1;
                if (const auto next = it->second.nextAfter(index)) {
                    if (next->change == PathChange::Removed)
                        deletedIn = next->layer + 1;
                    else
                        overwrittenIn = next->layer + 1;
                }
            }
        }
        if (deletedIn)
            extra = QStringLiteral("deleted in layer %1").arg(deletedIn);
        printer.print(entry, extra, [=](JsonLineWriter &line) {
            line.field(QLatin1StringView("changed"), changedHere);
            if (deletedIn)
                line.field(QLatin1StringView("deletedIn"), deletedIn);
            if (overwrittenIn)
                line.field(QLatin1StringView("overwrittenIn"), overwrittenIn);
        });
    }
}

void listWasted(const ImageFilesystem &filesystem, bool json, const Console &console)
{
    const WastedSpace waste = filesystem.wastedSpace();
    QByteArray out;
    if (json) {
        JsonLineWriter line(out);
        for (const WastedPath &path : waste.paths)
            line.field(QLatin1StringView("bytes"), path.bytes)
                .field(QLatin1StringView("copies"), path.copies)
                .field(QLatin1StringView("path"), path.path)
                .endLine();
        line.field(QLatin1StringView("totalBytes"), waste.totalBytes).endLine();
    } else {
        for (const WastedPath &path : waste.paths)
            out += QByteArray::number(path.bytes) + '\t' + QByteArray::number(path.copies) + '\t' +
                   path.path.toUtf8() + '\n';
        out += FilesCommand::tr("Wasted space: %1 (%2 bytes) in %n file(s)", nullptr,
                                int(waste.paths.size()))
                   .arg(HumanFormat::size(waste.totalBytes))
                   .arg(waste.totalBytes)
                   .toUtf8() +
               '\n';
    }
    console.outBytes(out);
}

} // namespace

QString FilesCommand::summary() const
{
    return tr("List the files of an image, of one of its layers, or of a layer blob");
}

int FilesCommand::run(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the files of an image (local, or docker://REFERENCE of a registry) as a container "
           "made from it sees them (layers "
           "applied in order, whiteouts removing what they name): one UTF-8 path per line, "
           "directories included, relative to the root. With --layer, one layer's own "
           "entries, whiteouts included, each file that a later layer deletes followed by a "
           "tab and 'deleted in layer N'. With --archive, a layer blob from disk (gzip, zstd "
           "or plain tar), as tar -t lists it. Nothing is extracted."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 tr("Local image name or ID, or docker://REFERENCE."));
    const QCommandLineOption layerOption(
        QStringLiteral("layer"), tr("Only layer N (1 is the bottom layer; see berthctl layers)."),
        QStringLiteral("N"));
    const QCommandLineOption archiveOption(
        QStringLiteral("archive"),
        tr("List a layer blob from a file (- for stdin) instead of an image."),
        QStringLiteral("LAYER_FILE"));
    const QCommandLineOption wastedOption(
        QStringLiteral("wasted"),
        tr("List the files that waste space (written or removed by more than one layer): "
           "bytes, copies and path, largest first, then the total."));
    const QCommandLineOption longOption(
        {QStringLiteral("l"), QStringLiteral("long")},
        tr("Print as GNU tar -tv does, owners as numbers and times in UTC."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Print one JSON object per entry: path, type, size, mode, uid, gid, mtime, link; "
           "for an image also layer (the last that wrote it) and changed; for --layer also "
           "deletedIn and overwrittenIn."));
    parser.addOptions({layerOption, archiveOption, wastedOption, longOption, jsonOption});
    const bool fromArchive = args.contains(QStringLiteral("--archive")) ||
                             std::any_of(args.begin(), args.end(), [](const QString &arg) {
                                 return arg.startsWith(QLatin1StringView("--archive="));
                             });
    ImageContentsCommandLine commandLine(parser);
    if (const auto code = commandLine.parse(QStringLiteral("berthctl files"), args, console,
                                            fromArchive ? 0 : 1, fromArchive ? 0 : 1))
        return *code;
    const bool json = parser.isSet(jsonOption);
    EntryPrinter printer(json                       ? EntryPrinter::Style::Json
                         : parser.isSet(longOption) ? EntryPrinter::Style::Long
                                                    : EntryPrinter::Style::Path,
                         console);
    if (fromArchive)
        return listArchive(parser.value(archiveOption), printer);

    int layer = 0;
    if (parser.isSet(layerOption)) {
        bool number = false;
        layer = parser.value(layerOption).toInt(&number);
        if (!number || layer < 1) {
            console.err(usageError(QStringLiteral("berthctl files"),
                                   tr("--layer takes a layer number from 1")));
            return ExitUsage;
        }
    }
    int exitCode = ExitOk;
    const auto images = commandLine.read(global, console, &exitCode);
    if (!images)
        return exitCode;
    const ImageContents *contents = &images->first();
    if (layer > contents->image.layers.size()) {
        console.err(tr("berthctl: the image has %n layer(s); there is no layer %1\n", nullptr,
                       int(contents->image.layers.size()))
                        .arg(layer));
        return ExitFailure;
    }
    if (parser.isSet(wastedOption))
        listWasted(contents->filesystem, json, console);
    else if (layer > 0)
        listLayer(*contents, layer - 1, printer);
    else
        listFilesystem(contents->filesystem, printer);
    return ExitOk;
}

} // namespace Berth::Cli
