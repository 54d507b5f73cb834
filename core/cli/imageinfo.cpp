// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl images inspect, history
#include "base/humanformat.h"
#include "cli/commandline.h"
#include "cli/dataformat.h"
#include "cli/engineerror.h"
#include "cli/enginesession.h"
#include "cli/gotemplate.h"
#include "cli/imagesubcommands.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Berth::Cli::ImageSubcommands {

int inspect(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Print the details of images as a JSON array."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), ImagesText::tr("Image names or IDs."),
                                 QStringLiteral("IMAGE..."));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        ImagesText::tr("Print each image through a Go-like template: {{.Id}}, {{.Config.Env}}, "
                       "{{json .RootFS}}, ..."),
        QStringLiteral("TEMPLATE"));
    parser.addOption(formatOption);
    if (const auto code = parseSubcommand(parser, QStringLiteral("inspect"), args, console, 1, -1))
        return *code;
    std::optional<GoTemplate> format;
    if (parser.isSet(formatOption)) {
        auto parsed = GoTemplate::parse(parser.value(formatOption));
        if (!parsed) {
            console.err(
                usageError(QStringLiteral("berthctl images inspect"), parsed.error().message()));
            return ExitUsage;
        }
        format = *parsed;
    }
    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;

    QJsonArray found;
    int exitCode = ExitOk;
    for (const QString &name : parser.positionalArguments()) {
        const auto result = session->wait<QJsonObject>(
            [&](QObject *context, auto done) { session->images().inspect(name, context, done); });
        if (result)
            found.append(*result);
        else
            exitCode = qMax(exitCode, reportError(result.error(), console));
    }
    if (!format) {
        console.out(QString::fromUtf8(QJsonDocument(found).toJson(QJsonDocument::Indented)));
        return exitCode;
    }
    QString out;
    for (const QJsonValue &image : std::as_const(found)) {
        const auto line = format->render(image.toObject());
        if (!line) {
            console.err(QStringLiteral("berthctl: ") + line.error().message() + u'\n');
            return ExitFailure;
        }
        out += *line + u'\n';
    }
    console.out(out);
    return exitCode;
}

int history(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Show how an image's layers were made, newest first."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), ImagesText::tr("Image name or ID."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), ImagesText::tr("Print one JSON object per line and layer."));
    const QCommandLineOption noTruncOption(QStringLiteral("no-trunc"),
                                           ImagesText::tr("Do not shorten IDs and commands."));
    parser.addOptions({jsonOption, noTruncOption});
    if (const auto code = parseSubcommand(parser, QStringLiteral("history"), args, console, 1, 1))
        return *code;
    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;
    const QString name = parser.positionalArguments().first();
    const auto result = session->wait<QJsonArray>(
        [&](QObject *context, auto done) { session->images().history(name, context, done); });
    if (!result)
        return reportError(result.error(), console);

    if (parser.isSet(jsonOption)) {
        QByteArray out;
        for (const QJsonValue &layer : *result)
            out += QJsonDocument(layer.toObject()).toJson(QJsonDocument::Compact) + '\n';
        console.out(QString::fromUtf8(out));
        return ExitOk;
    }
    const bool full = parser.isSet(noTruncOption);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // docker's column names: data, never translated.
    QList<QStringList> table{{QStringLiteral("IMAGE"), QStringLiteral("CREATED"),
                              QStringLiteral("CREATED BY"), QStringLiteral("SIZE"),
                              QStringLiteral("COMMENT")}};
    for (const QJsonValue &value : *result) {
        const QJsonObject layer = value.toObject();
        const QString id = layer.value(QLatin1StringView("Id")).toString();
        QString createdBy = layer.value(QLatin1StringView("CreatedBy")).toString().simplified();
        if (!full && createdBy.size() > 45)
            createdBy = createdBy.left(44) + u'…';
        table.append({id == u"<missing>" || full ? id : HumanFormat::shortId(id),
                      dockerAge(layer.value(QLatin1StringView("Created")).toInteger(), now),
                      createdBy,
                      HumanFormat::size(layer.value(QLatin1StringView("Size")).toInteger()),
                      layer.value(QLatin1StringView("Comment")).toString()});
    }
    console.out(formatTable(table));
    return ExitOk;
}

} // namespace Berth::Cli::ImageSubcommands
