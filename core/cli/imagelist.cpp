// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl images ls
#include "base/humanformat.h"
#include "base/jsonlinewriter.h"
#include "cli/engineerror.h"
#include "cli/enginesession.h"
#include "cli/imagesubcommands.h"

#include <QDateTime>

namespace Berth::Cli::ImageSubcommands {

using Engine::ImageSummary;
using Engine::ImageSummaryParser;
using Engine::ImageTagRow;

int list(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImagesText::tr("List the engine's images, a row per tag."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ImagesText::tr("Print one JSON object per line and tag."));
    const QCommandLineOption allOption({QStringLiteral("a"), QStringLiteral("all")},
                                       ImagesText::tr("Show intermediate images too."));
    const QCommandLineOption danglingOption(QStringLiteral("dangling"),
                                            ImagesText::tr("Show only untagged images."));
    const QCommandLineOption digestsOption(QStringLiteral("digests"),
                                           ImagesText::tr("Show digests."));
    const QCommandLineOption noTruncOption(QStringLiteral("no-trunc"),
                                           ImagesText::tr("Show full image IDs."));
    parser.addOptions({jsonOption, allOption, danglingOption, digestsOption, noTruncOption});
    if (const auto code = parseSubcommand(parser, QStringLiteral("ls"), args, console, 0, 0))
        return *code;

    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;
    Engine::ListImagesOptions options;
    options.all = parser.isSet(allOption);
    options.danglingOnly = parser.isSet(danglingOption);
    options.digests = parser.isSet(digestsOption);
    const auto result = session->wait<QList<ImageSummary>>(
        [&](QObject *context, auto done) { session->client().listImages(options, context, done); });
    if (!result)
        return reportError(result.error(), console);

    const QList<ImageTagRow> rows = ImageSummaryParser::tagRows(*result);
    // The digest of a row: the RepoDigest of the same repository, as `docker images --digests`.
    auto digestOf = [&result](const ImageTagRow &row) {
        for (const ImageSummary &image : *result) {
            if (image.id != row.id)
                continue;
            for (const QString &repoDigest : image.repoDigests) {
                const qsizetype at = repoDigest.indexOf(u'@');
                if (at > 0 && repoDigest.left(at) == row.repository)
                    return repoDigest.mid(at + 1);
            }
        }
        return QStringLiteral("<none>");
    };
    if (parser.isSet(jsonOption)) {
        // Keys in QJsonObject's (sorted) order, so the lines read as they always did.
        QByteArray out;
        out.reserve(rows.size() * 160);
        JsonLineWriter line(out);
        for (const ImageTagRow &row : rows) {
            line.field(QLatin1StringView("created"), row.created);
            if (options.digests)
                line.field(QLatin1StringView("digest"), digestOf(row));
            line.field(QLatin1StringView("id"), row.id)
                .field(QLatin1StringView("repository"), row.repository)
                .field(QLatin1StringView("size"), row.size)
                .field(QLatin1StringView("tag"), row.tag)
                .endLine();
        }
        console.out(QString::fromUtf8(out));
        return ExitOk;
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool fullIds = parser.isSet(noTruncOption);
    QStringList header{ImagesText::tr("REPOSITORY"), ImagesText::tr("TAG")};
    if (options.digests)
        header << ImagesText::tr("DIGEST");
    header << ImagesText::tr("IMAGE ID") << ImagesText::tr("CREATED") << ImagesText::tr("SIZE");
    QList<QStringList> table{header};
    for (const ImageTagRow &row : rows) {
        QStringList cells{row.repository, row.tag};
        if (options.digests)
            cells << digestOf(row);
        cells << (fullIds ? row.id : HumanFormat::shortId(row.id))
              << HumanFormat::age(row.created, now) << HumanFormat::size(row.size);
        table.append(cells);
    }
    console.out(formatTable(table));
    return ExitOk;
}

} // namespace Berth::Cli::ImageSubcommands
