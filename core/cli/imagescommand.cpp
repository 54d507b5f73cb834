// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/imagescommand.h"

#include "base/humanformat.h"
#include "cli/engineerror.h"
#include "engine/engineclient.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

using Engine::EngineClient;
using Engine::EngineEndpoint;
using Engine::ImageSummary;
using Engine::ImageSummaryParser;
using Engine::ImageTagRow;

namespace {

QString formatTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = qMax(widths[c], row.at(c).size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            out += row.at(c);
            if (c + 1 < row.size())
                out += QString(widths.at(c) - row.at(c).size() + 3, u' ');
        }
        out += u'\n';
    }
    return out;
}

} // namespace

QString ImagesCommand::summary() const
{
    return tr("List the engine's images (images ls)");
}

int ImagesCommand::run(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    const QString sub = args.value(1);
    if (sub == u"ls" || sub == u"list")
        return list(args.mid(1), global, console);
    if (sub.isEmpty() || sub == u"-h" || sub == u"--help") {
        console.out(tr("Usage: berthctl images COMMAND\n\nCommands:\n  ls   List images, a row per tag\n"));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    console.err(tr("berthctl images: unknown command '%1'\n").arg(sub));
    return ExitUsage;
}

int ImagesCommand::list(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the engine's images, a row per tag."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object per line and tag."));
    const QCommandLineOption allOption({QStringLiteral("a"), QStringLiteral("all")}, tr("Show intermediate images too."));
    const QCommandLineOption danglingOption(QStringLiteral("dangling"), tr("Show only untagged images."));
    const QCommandLineOption noTruncOption(QStringLiteral("no-trunc"), tr("Show full image IDs."));
    parser.addOptions({jsonOption, allOption, danglingOption, noTruncOption});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("berthctl images ls")} + args.mid(1))) {
        console.err(QStringLiteral("berthctl images ls: ") + parser.errorText() + u'\n');
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        console.err(tr("berthctl images ls: unexpected argument '%1'\n").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    const auto endpoint = EngineEndpoint::resolve(global.host);
    if (!endpoint) {
        console.err(QStringLiteral("berthctl: ") + endpoint.error().message() + u'\n');
        return ExitUsage;
    }

    EngineClient client(*endpoint);
    if (global.timeoutSeconds > 0)
        client.setApiIdleTimeout(std::chrono::seconds(global.timeoutSeconds));
    Engine::ListImagesOptions options;
    options.all = parser.isSet(allOption);
    options.danglingOnly = parser.isSet(danglingOption);
    std::optional<Result<QList<ImageSummary>>> result;
    QEventLoop loop;
    client.listImages(options, &loop, [&](const Result<QList<ImageSummary>> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok())
        return reportError(result->error(), console);

    const QList<ImageTagRow> rows = ImageSummaryParser::tagRows(result->value());
    if (parser.isSet(jsonOption)) {
        QByteArray out;
        for (const ImageTagRow &row : rows) {
            const QJsonObject object{
                {QStringLiteral("repository"), row.repository},
                {QStringLiteral("tag"), row.tag},
                {QStringLiteral("id"), row.id},
                {QStringLiteral("created"), row.created},
                {QStringLiteral("size"), row.size},
            };
            out += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
        console.out(QString::fromUtf8(out));
        return ExitOk;
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool fullIds = parser.isSet(noTruncOption);
    QList<QStringList> table{{tr("REPOSITORY"), tr("TAG"), tr("IMAGE ID"), tr("CREATED"), tr("SIZE")}};
    for (const ImageTagRow &row : rows) {
        table.append({row.repository, row.tag, fullIds ? row.id : HumanFormat::shortId(row.id),
                      HumanFormat::age(row.created, now), HumanFormat::size(row.size)});
    }
    console.out(formatTable(table));
    return ExitOk;
}

} // namespace Berth::Cli
