// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/diffcommand.h"

#include "archive/imagediff.h"
#include "base/humanformat.h"
#include "cli/commandline.h"
#include "cli/imagecontentsreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

using namespace Archive;

namespace {

QJsonObject entryJson(const TarEntry &entry)
{
    QJsonObject object{{QStringLiteral("type"), entryTypeName(entry.type)},
                       {QStringLiteral("size"), entry.size},
                       {QStringLiteral("mode"), qint64(entry.mode)},
                       {QStringLiteral("uid"), entry.uid},
                       {QStringLiteral("gid"), entry.gid}};
    if (!entry.linkTarget.isEmpty())
        object.insert(QStringLiteral("link"), entry.linkTarget);
    return object;
}

QString kindName(FileDifference::Kind kind)
{
    switch (kind) {
    case FileDifference::Added:
        return QStringLiteral("added");
    case FileDifference::Removed:
        return QStringLiteral("removed");
    case FileDifference::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QJsonObject diffJson(const ImageDiff &diff)
{
    QJsonArray files;
    for (const FileDifference &file : diff.files) {
        QJsonObject object{{QStringLiteral("path"), file.path},
                           {QStringLiteral("change"), kindName(file.kind)}};
        if (file.before)
            object.insert(QStringLiteral("before"), entryJson(*file.before));
        if (file.after)
            object.insert(QStringLiteral("after"), entryJson(*file.after));
        if (!file.what.isEmpty())
            object.insert(QStringLiteral("what"), QJsonArray::fromStringList(file.what));
        files.append(object);
    }
    QJsonArray config;
    for (const ConfigDifference &item : diff.config)
        config.append(QJsonObject{{QStringLiteral("field"), item.field},
                                  {QStringLiteral("before"), item.before},
                                  {QStringLiteral("after"), item.after}});
    QJsonArray layers;
    for (const LayerDelta &layer : diff.layers)
        layers.append(QJsonObject{{QStringLiteral("index"), layer.index + 1},
                                  {QStringLiteral("digestBefore"), layer.digestBefore},
                                  {QStringLiteral("digestAfter"), layer.digestAfter},
                                  {QStringLiteral("bytesBefore"), layer.bytesBefore},
                                  {QStringLiteral("bytesAfter"), layer.bytesAfter}});
    return {{QStringLiteral("files"), files},
            {QStringLiteral("config"), config},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("totalBefore"), diff.totalBefore},
            {QStringLiteral("totalAfter"), diff.totalAfter}};
}

QString signedSize(qint64 delta)
{
    return (delta < 0 ? QStringLiteral("-") : QStringLiteral("+")) + HumanFormat::size(qAbs(delta));
}

QString diffText(const ImageDiff &diff)
{
    QString out;
    // A, D and C as docker diff marks them; the details after a tab.
    for (const FileDifference &file : diff.files) {
        if (file.kind == FileDifference::Added)
            out += QStringLiteral("A ") + file.path + u'\n';
        else if (file.kind == FileDifference::Removed)
            out += QStringLiteral("D ") + file.path + u'\n';
        else
            out += QStringLiteral("C ") + file.path + u'\t' + file.what.join(u',') + u'\n';
    }
    for (const ConfigDifference &item : diff.config)
        out += QStringLiteral("config %1: %2 -> %3\n")
                   .arg(item.field, item.before.isEmpty() ? QStringLiteral("-") : item.before,
                        item.after.isEmpty() ? QStringLiteral("-") : item.after);
    for (const LayerDelta &layer : diff.layers)
        if (layer.digestBefore != layer.digestAfter)
            out +=
                QStringLiteral("layer %1: %2 -> %3 (%4)\n")
                    .arg(layer.index + 1)
                    .arg(HumanFormat::size(layer.bytesBefore), HumanFormat::size(layer.bytesAfter),
                         signedSize(layer.bytesAfter - layer.bytesBefore));
    out += QStringLiteral("total: %1 -> %2 (%3)\n")
               .arg(HumanFormat::size(diff.totalBefore), HumanFormat::size(diff.totalAfter),
                    signedSize(diff.totalAfter - diff.totalBefore));
    return out;
}

} // namespace

QString DiffCommand::summary() const
{
    return tr("Compare two images: files, config and layer sizes");
}

int DiffCommand::run(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare two images, each local or docker://REFERENCE of a registry: the files added "
           "(A), removed (D) and changed (C: in "
           "type, size, mode, owner or link target; not in modification time alone), the "
           "differences of their configs (env, entrypoint, cmd, labels, exposed ports, "
           "workdir, user), and the size of each layer and of the whole."));
    parser.addPositionalArgument(QStringLiteral("IMAGE1"), tr("The image compared from."));
    parser.addPositionalArgument(QStringLiteral("IMAGE2"), tr("The image compared to."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Print one JSON object: files, config, layers, totalBefore, totalAfter."));
    parser.addOption(jsonOption);
    ImageContentsCommandLine commandLine(parser);
    if (const auto code = commandLine.parse(QStringLiteral("berthctl diff"), args, console, 2, 2))
        return *code;
    int exitCode = ExitOk;
    const auto images = commandLine.read(global, console, &exitCode);
    if (!images)
        return exitCode;
    const ImageDiff diff = ImageDiff::compare(images->at(0), images->at(1));
    if (parser.isSet(jsonOption))
        console.outBytes(QJsonDocument(diffJson(diff)).toJson(QJsonDocument::Compact) + '\n');
    else
        console.out(diffText(diff));
    return ExitOk;
}

} // namespace Berth::Cli
