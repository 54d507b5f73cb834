// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/imagescommand.h"

#include "cli/commandline.h"
#include "cli/imagesubcommands.h"

namespace Berth::Cli {

namespace {

struct Subcommand
{
    const char *name;
    const char *alias;
    int (*run)(const QStringList &, const GlobalOptions &, const Console &);
    const char *summary;
};

const Subcommand subcommands[] = {
    {"ls", "list", ImageSubcommands::list,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand", "List images, a row per tag")},
    {"inspect", nullptr, ImageSubcommands::inspect,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand", "Show images' details as JSON")},
    {"history", nullptr, ImageSubcommands::history,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand", "Show the layers' history of an image")},
    {"pull", nullptr, ImageSubcommands::pull,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand", "Pull an image from a registry")},
    {"push", nullptr, ImageSubcommands::push,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand", "Push an image to a registry")},
    {"tag", nullptr, ImageSubcommands::tag,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand",
                       "Give an image another name: tag SOURCE TARGET")},
    {"rm", "remove", ImageSubcommands::remove,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand", "Remove images")},
    {"prune", nullptr, ImageSubcommands::prune,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand", "Remove dangling images")},
    {"save", nullptr, ImageSubcommands::save,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand",
                       "Save images to a tar file or stdout: save [-o FILE] IMAGE...")},
    {"load", nullptr, ImageSubcommands::load,
     QT_TRANSLATE_NOOP("Berth::Cli::ImagesCommand",
                       "Load images from a tar file or stdin: load [-i FILE]")},
};

} // namespace

QString ImagesCommand::summary() const
{
    return tr("Manage the engine's images (images --help)");
}

int ImagesCommand::run(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    const QString sub = args.value(1);
    for (const Subcommand &command : subcommands) {
        if (sub == QLatin1StringView(command.name) ||
            (command.alias && sub == QLatin1StringView(command.alias)))
            return command.run(args.mid(1), global, console);
    }
    if (sub.isEmpty() || sub == u"-h" || sub == u"--help") {
        QString text = tr("Usage: berthctl images COMMAND\n\nCommands:\n");
        for (const Subcommand &command : subcommands)
            text += QStringLiteral("  %1  %2\n")
                        .arg(QLatin1StringView(command.name), -8)
                        .arg(tr(command.summary));
        (sub.isEmpty() ? console.err(text) : console.out(text));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    console.err(tr("berthctl images: unknown command '%1'\n").arg(sub));
    return ExitUsage;
}

std::optional<int> parseSubcommand(QCommandLineParser &parser, const QString &name,
                                   const QStringList &args, const Console &console,
                                   int minPositional, int maxPositional)
{
    return parseArguments(parser, QStringLiteral("berthctl images ") + name, args, console,
                          minPositional, maxPositional);
}

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
            // As docker's tabwriter: 3 spaces between columns, each at least 10 wide.
            if (c + 1 < row.size())
                out += QString(qMax<qsizetype>(widths.at(c) + 3, 10) - row.at(c).size(), u' ');
        }
        out += u'\n';
    }
    return out;
}

} // namespace Berth::Cli
