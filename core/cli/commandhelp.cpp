// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandhelp.h"

#include <QRegularExpression>

#include <optional>

namespace Berth::Cli {

namespace {

enum class Section { Other, Commands, Options, Arguments };

Section sectionOf(const QString &header)
{
    if (header == u"Commands:")
        return Section::Commands;
    if (header == u"Options:" || header == u"Global options:")
        return Section::Options;
    if (header == u"Arguments:")
        return Section::Arguments;
    return Section::Other;
}

// "-o, --output <FILE>" (Qt's help) or "-H, --host URL" (berthctl's own global options).
std::optional<CommandHelp::Option> parseOption(const QString &term, const QString &description)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^((?:-[\w?], )*--?[\w-]+)(?:[ =]<?([A-Za-z_\[\]|.]+)>?)?$)"));
    const auto match = form.match(term);
    if (!match.hasMatch())
        return std::nullopt;
    CommandHelp::Option option;
    option.names = match.captured(1).split(QStringLiteral(", "));
    option.valueName = match.captured(2);
    option.description = description;
    return option;
}

} // namespace

CommandHelp CommandHelp::parse(const QString &text)
{
    CommandHelp help;
    Section section = Section::Other;
    QString *description = nullptr; // where a continuation line goes
    // An entry: two spaces, the term, two or more spaces, its description.
    static const QRegularExpression entry(
        QStringLiteral(R"(^  (\S(?:\S| (?! ))*)(?: {2,}(.*))?$)"));
    const QStringList lines = text.split(u'\n');
    help.lastArgumentRepeats = lines.first().startsWith(QStringLiteral("Usage:")) &&
                               lines.first().trimmed().endsWith(QStringLiteral("..."));
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            section = Section::Other;
            description = nullptr;
            continue;
        }
        if (!line.startsWith(u' ')) {
            section = line.endsWith(u':') ? sectionOf(line) : Section::Other;
            description = nullptr;
            continue;
        }
        if (section == Section::Other)
            continue;
        const auto match = entry.match(line);
        if (!match.hasMatch()) {
            if (description)
                *description += u' ' + line.trimmed();
            continue;
        }
        const QString term = match.captured(1);
        const QString said = match.captured(2).trimmed();
        description = nullptr;
        if (section == Section::Options) {
            if (auto option = parseOption(term, said)) {
                help.options.append(*option);
                description = &help.options.last().description;
            }
        } else {
            QList<Entry> &list = section == Section::Commands ? help.commands : help.arguments;
            // A command listed with its argument ("images REPOSITORY") completes as its name.
            list.append({section == Section::Commands ? term.section(u' ', 0, 0) : term, said});
            description = &list.last().description;
        }
    }
    return help;
}

const CommandHelp::Option *CommandHelp::option(const QString &name) const
{
    for (const Option &candidate : options) {
        if (candidate.names.contains(name))
            return &candidate;
    }
    return nullptr;
}

} // namespace Berth::Cli
