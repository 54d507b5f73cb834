// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/loadpreview.h"

#include "archive/imagecontents.h"
#include "base/humanformat.h"
#include "cli/command.h"
#include "cli/engineerror.h"
#include "cli/imagecontentsreader.h"
#include "cli/imagesubcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

int printLoadPreview(const QString &path, bool json, const Console &console)
{
    const auto images = ImageContentsReader::fromFile(path, false);
    if (!images)
        return reportError(images.error(), console);
    QByteArray out;
    for (const Archive::ArchivedImage &image : *images) {
        qint64 total = 0;
        QJsonArray layers;
        for (const Archive::ArchivedLayer &layer : image.layers) {
            total += layer.blobBytes;
            layers.append(QJsonObject{{QStringLiteral("digest"), layer.digest},
                                      {QStringLiteral("path"), layer.archivePath},
                                      {QStringLiteral("size"), layer.blobBytes}});
        }
        if (json) {
            out += QJsonDocument(QJsonObject{{QStringLiteral("tags"),
                                              QJsonArray::fromStringList(image.repoTags)},
                                             {QStringLiteral("config"), image.configPath},
                                             {QStringLiteral("platform"), image.config.platform},
                                             {QStringLiteral("layers"), layers},
                                             {QStringLiteral("size"), total}})
                       .toJson(QJsonDocument::Compact) +
                   '\n';
            continue;
        }
        const QString tags = image.repoTags.isEmpty() ? ImagesText::tr("(untagged)")
                                                      : image.repoTags.join(QStringLiteral(", "));
        out += ImagesText::tr("Image %1 (%2): %n layer(s), %3\n", nullptr, int(image.layers.size()))
                   .arg(tags, image.config.platform, HumanFormat::size(total))
                   .toUtf8();
        for (qsizetype i = 0; i < image.layers.size(); ++i)
            out += ImagesText::tr("  layer %1  %2  %3\n")
                       .arg(i + 1)
                       .arg(HumanFormat::shortId(image.layers.at(i).digest),
                            HumanFormat::size(image.layers.at(i).blobBytes))
                       .toUtf8();
    }
    console.outBytes(out);
    return ExitOk;
}

} // namespace Berth::Cli
