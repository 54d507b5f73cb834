// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/layerscommand.h"

#include "base/humanformat.h"
#include "base/jsonlinewriter.h"
#include "cli/commandline.h"
#include "cli/imagecontentsreader.h"
#include "cli/imagesubcommands.h"

namespace Berth::Cli {

using namespace Archive;

QString LayersCommand::summary() const
{
    return tr("List an image's layers: size, files, the step that made each, wasted space");
}

int LayersCommand::run(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the layers of an image, local or of a registry (docker://REFERENCE), bottom (1) "
           "first: each one's digest, size as a "
           "plain tar, number of entries and the Dockerfile step that made it, then the "
           "space wasted by files that several layers wrote or removed (berthctl files "
           "--wasted lists them). The layers are read as streams, from the engine or the "
           "registry's blobs (with the login berthctl login kept), never written to disk."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"),
                                 tr("Local image name or ID, or docker://REFERENCE."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Print one JSON object per layer (index, digest, size, blobSize, entries, "
           "createdBy), then one with wastedBytes and wastedFiles."));
    parser.addOption(jsonOption);
    ImageContentsCommandLine commandLine(parser);
    if (const auto code = commandLine.parse(QStringLiteral("berthctl layers"), args, console, 1, 1))
        return *code;
    int exitCode = ExitOk;
    const auto images = commandLine.read(global, console, &exitCode);
    if (!images)
        return exitCode;
    const ImageContents *contents = &images->first();
    const ArchivedImage &image = contents->image;
    const WastedSpace waste = contents->filesystem.wastedSpace();
    if (parser.isSet(jsonOption)) {
        QByteArray out;
        JsonLineWriter line(out);
        for (qsizetype i = 0; i < image.layers.size(); ++i) {
            const ArchivedLayer &layer = image.layers.at(i);
            line.field(QLatin1StringView("blobSize"), layer.blobBytes)
                .field(QLatin1StringView("createdBy"), image.config.layerSteps.value(i))
                .field(QLatin1StringView("digest"), layer.digest)
                .field(QLatin1StringView("entries"),
                       layer.contents ? layer.contents->entries.size() : 0)
                .field(QLatin1StringView("index"), i + 1)
                .field(QLatin1StringView("size"), ImageContents::layerSize(layer))
                .endLine();
        }
        line.field(QLatin1StringView("wastedBytes"), waste.totalBytes)
            .field(QLatin1StringView("wastedFiles"), waste.paths.size())
            .endLine();
        console.outBytes(out);
        return ExitOk;
    }
    // Column names are data, as docker's, never translated.
    QList<QStringList> table{{QStringLiteral("LAYER"), QStringLiteral("DIGEST"),
                              QStringLiteral("SIZE"), QStringLiteral("ENTRIES"),
                              QStringLiteral("CREATED BY")}};
    for (qsizetype i = 0; i < image.layers.size(); ++i) {
        const ArchivedLayer &layer = image.layers.at(i);
        QString step = image.config.layerSteps.value(i).simplified();
        if (step.size() > 60)
            step = step.left(59) + u'…';
        table.append({QString::number(i + 1), HumanFormat::shortId(layer.digest),
                      HumanFormat::size(ImageContents::layerSize(layer)),
                      QString::number(layer.contents ? layer.contents->entries.size() : 0), step});
    }
    console.out(formatTable(table));
    console.out(tr("Wasted space: %1 in %n file(s)", nullptr, int(waste.paths.size()))
                    .arg(HumanFormat::size(waste.totalBytes)) +
                u'\n');
    return ExitOk;
}

} // namespace Berth::Cli
