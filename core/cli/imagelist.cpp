// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl images ls
#include "base/humanformat.h"
#include "base/jsonlinewriter.h"
#include "cli/commandline.h"
#include "cli/dataformat.h"
#include "cli/engineerror.h"
#include "cli/enginesession.h"
#include "cli/gotemplate.h"
#include "cli/imagesubcommands.h"
#include "engine/imagerows.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace Berth::Cli::ImageSubcommands {

using Engine::dockerImageRows;
using Engine::ImageRow;
using Engine::ImageSummary;

namespace {

// --filter KEY=VALUE, as docker images takes it; the engine applies them.
std::optional<QMap<QString, QStringList>> parseFilters(const QStringList &given,
                                                       const Console &console)
{
    static const QStringList keys{QStringLiteral("reference"), QStringLiteral("dangling"),
                                  QStringLiteral("label"), QStringLiteral("before"),
                                  QStringLiteral("since")};
    QMap<QString, QStringList> filters;
    for (const QString &filter : given) {
        const QString key = filter.section(u'=', 0, 0);
        if (!filter.contains(u'=') || !keys.contains(key)) {
            console.err(usageError(
                QStringLiteral("berthctl images ls"),
                ImagesText::tr("invalid filter '%1': use %2=VALUE").arg(filter, keys.join(u'|'))));
            return std::nullopt;
        }
        filters[key].append(filter.section(u'=', 1));
    }
    return filters;
}

// docker's VirtualSize keeps four significant digits where Size keeps three.
QString virtualSize(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    double value = double(qMax<qint64>(bytes, 0));
    int unit = 0;
    for (; value >= 1000.0 && unit < 6; ++unit)
        value /= 1000.0;
    return QString::number(value, 'g', 4) + QLatin1StringView(units[unit]);
}

// The column names of docker's image table; data, so never translated.
QHash<QString, QString> formatColumns()
{
    return {{QStringLiteral("ID"), QStringLiteral("IMAGE ID")},
            {QStringLiteral("CreatedSince"), QStringLiteral("CREATED")},
            {QStringLiteral("CreatedAt"), QStringLiteral("CREATED AT")},
            {QStringLiteral("VirtualSize"), QStringLiteral("VIRTUAL SIZE")},
            {QStringLiteral("SharedSize"), QStringLiteral("SHARED SIZE")},
            {QStringLiteral("UniqueSize"), QStringLiteral("UNIQUE SIZE")}};
}

// A row as docker's {{json .}} names its fields. Data, not messages: nothing translated.
QJsonObject formatFields(const ImageRow &row, bool fullId, qint64 now)
{
    // Go's time.String(): "2006-01-02 15:04:05 -0700 MST", in the local zone; an image
    // without a date has Go's zero time, and no age.
    const QDateTime created = row.created > 0
                                  ? QDateTime::fromSecsSinceEpoch(row.created).toLocalTime()
                                  : QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    const int offset = created.offsetFromUtc();
    const QString createdAt =
        QLocale::c().toString(created, QStringLiteral("yyyy-MM-dd HH:mm:ss ")) +
        (offset < 0 ? u'-' : u'+') +
        QStringLiteral("%1%2")
            .arg(qAbs(offset) / 3600, 2, 10, QChar(u'0'))
            .arg(qAbs(offset) % 3600 / 60, 2, 10, QChar(u'0')) +
        u' ' + created.timeZoneAbbreviation();
    const QString na = QStringLiteral("N/A");
    return QJsonObject{
        {QStringLiteral("Containers"), na},
        {QStringLiteral("CreatedAt"), createdAt},
        {QStringLiteral("CreatedSince"), row.created > 0 ? dockerAge(row.created, now) : QString()},
        {QStringLiteral("Digest"), row.digest},
        {QStringLiteral("ID"), fullId ? row.id : HumanFormat::shortId(row.id)},
        {QStringLiteral("Repository"), row.repository},
        {QStringLiteral("SharedSize"), na},
        {QStringLiteral("Size"), HumanFormat::size(row.size)},
        {QStringLiteral("Tag"), row.tag},
        {QStringLiteral("UniqueSize"), na},
        {QStringLiteral("VirtualSize"), virtualSize(row.size)},
    };
}

} // namespace

int list(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImagesText::tr(
        "List the engine's images, a row per tag, as docker images does; REPOSITORY[:TAG] "
        "lists only those."));
    parser.addPositionalArgument(QStringLiteral("REPOSITORY"),
                                 ImagesText::tr("Only this repository (and tag); * matches."),
                                 QStringLiteral("[REPOSITORY[:TAG]]"));
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
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         ImagesText::tr("Print only image IDs."));
    const QCommandLineOption filterOption(
        {QStringLiteral("f"), QStringLiteral("filter")},
        ImagesText::tr("Keep the rows that match: reference=PATTERN, dangling=true|false, "
                       "label=KEY[=VALUE], before=IMAGE, since=IMAGE. Repeatable."),
        QStringLiteral("FILTER"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        ImagesText::tr("Print each row through a Go-like template: {{.Repository}}, {{.Tag}}, "
                       "{{.ID}}, {{.Digest}}, {{.CreatedAt}}, {{.CreatedSince}}, {{.Size}}, "
                       "{{json .}}; 'table ' first adds a header."),
        QStringLiteral("TEMPLATE"));
    parser.addOptions({jsonOption, allOption, danglingOption, digestsOption, noTruncOption,
                       quietOption, filterOption, formatOption});
    if (const auto code = parseSubcommand(parser, QStringLiteral("ls"), args, console, 0, 1))
        return *code;
    auto filters = parseFilters(parser.values(filterOption), console);
    if (!filters)
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        (*filters)[QStringLiteral("reference")].append(parser.positionalArguments().first());
    std::optional<GoTemplate> format;
    if (parser.isSet(formatOption)) {
        auto parsed = GoTemplate::parse(parser.value(formatOption));
        if (!parsed) {
            console.err(usageError(QStringLiteral("berthctl images ls"), parsed.error().message()));
            return ExitUsage;
        }
        format = *parsed;
    }

    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;
    Engine::ListImagesOptions options;
    options.all = parser.isSet(allOption);
    options.danglingOnly = parser.isSet(danglingOption);
    options.digests = parser.isSet(digestsOption);
    options.filters = *filters;
    const auto result = session->wait<QList<ImageSummary>>(
        [&](QObject *context, auto done) { session->client().listImages(options, context, done); });
    if (!result)
        return reportError(result.error(), console);

    const QList<ImageRow> rows = dockerImageRows(*result, options.digests,
                                                 format && format->names(QStringLiteral("Digest")));
    const bool fullIds = parser.isSet(noTruncOption);
    if (parser.isSet(jsonOption)) {
        // Keys in QJsonObject's (sorted) order, so the lines read as they always did.
        QByteArray out;
        out.reserve(rows.size() * 160);
        JsonLineWriter line(out);
        for (const ImageRow &row : rows) {
            line.field(QLatin1StringView("created"), row.created);
            if (options.digests)
                line.field(QLatin1StringView("digest"), row.digest);
            line.field(QLatin1StringView("id"), row.id)
                .field(QLatin1StringView("repository"), row.repository)
                .field(QLatin1StringView("size"), row.size)
                .field(QLatin1StringView("tag"), row.tag)
                .endLine();
        }
        console.out(QString::fromUtf8(out));
        return ExitOk;
    }
    if (parser.isSet(quietOption)) {
        // As docker images -q: the ID column alone, a line per row.
        QString out;
        for (const ImageRow &row : rows)
            out += (fullIds ? row.id : HumanFormat::shortId(row.id)) + u'\n';
        console.out(out);
        return ExitOk;
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (format) {
        QStringList lines;
        if (format->isTable())
            lines.append(format->header(formatColumns()));
        for (const ImageRow &row : rows) {
            const auto line = format->render(formatFields(row, fullIds, now));
            if (!line) {
                console.err(QStringLiteral("berthctl: ") + line.error().message() + u'\n');
                return ExitFailure;
            }
            lines.append(*line);
        }
        if (!format->isTable()) {
            console.out(lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n');
            return ExitOk;
        }
        QList<QStringList> table;
        for (const QString &line : std::as_const(lines))
            table.append(line.split(u'\t'));
        console.out(formatTable(table));
        return ExitOk;
    }
    // docker's column names: data, never translated.
    QStringList header{QStringLiteral("REPOSITORY"), QStringLiteral("TAG")};
    if (options.digests)
        header << QStringLiteral("DIGEST");
    header << QStringLiteral("IMAGE ID") << QStringLiteral("CREATED") << QStringLiteral("SIZE");
    QList<QStringList> table{header};
    for (const ImageRow &row : rows) {
        QStringList cells{row.repository, row.tag};
        if (options.digests)
            cells << row.digest;
        cells << (fullIds ? row.id : HumanFormat::shortId(row.id))
              << (row.created > 0 ? dockerAge(row.created, now) : QStringLiteral("N/A"))
              << HumanFormat::size(row.size);
        table.append(cells);
    }
    console.out(formatTable(table));
    return ExitOk;
}

} // namespace Berth::Cli::ImageSubcommands
