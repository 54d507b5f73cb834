// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/completer.h"

#include "cli/commandhelp.h"

namespace Berth::Cli {

namespace {

// "IMAGE...", "[REPOSITORY[:TAG]]" -> "IMAGE", "REPOSITORY".
QString bareName(QString name)
{
    name.remove(u'[');
    return name.section(u']', 0, 0).section(u':', 0, 0).section(u'.', 0, 0).section(u'@', 0, 0);
}

bool namesImage(const QString &name)
{
    static const QStringList names{QStringLiteral("IMAGE"),      QStringLiteral("NAME"),
                                   QStringLiteral("SOURCE"),     QStringLiteral("TARGET"),
                                   QStringLiteral("REPOSITORY"), QStringLiteral("REFERENCE")};
    return names.contains(bareName(name));
}

bool namesFile(const QString &name)
{
    const QString bare = bareName(name);
    return bare.contains(QStringLiteral("FILE")) || bare.contains(QStringLiteral("DIR")) ||
           bare.contains(QStringLiteral("PATH"));
}

QString withDescription(const QString &word, const QString &description)
{
    return description.isEmpty() ? word : word + u'\t' + description;
}

} // namespace

Completer::Completer(HelpSource help, ImageSource images)
    : m_help(std::move(help))
    , m_images(std::move(images))
{}

Completer::Candidates Completer::complete(QStringList words) const
{
    const QString current = words.isEmpty() ? QString() : words.takeLast();
    QStringList command;
    CommandHelp help = CommandHelp::parse(m_help(command));
    QStringList globalOptions; // given before the command, passed on to the image list
    const CommandHelp::Option *pendingValue = nullptr;
    bool optionsEnded = false;
    qsizetype positional = 0;

    for (const QString &word : std::as_const(words)) {
        if (pendingValue) {
            if (command.isEmpty())
                globalOptions << word;
            pendingValue = nullptr;
            continue;
        }
        if (word == u"--" && !optionsEnded) {
            optionsEnded = true;
            continue;
        }
        if (word.startsWith(u'-') && word.size() > 1 && !optionsEnded) {
            const CommandHelp::Option *option = help.option(word.section(u'=', 0, 0));
            if (command.isEmpty())
                globalOptions << word;
            if (option && !option->valueName.isEmpty() && !word.contains(u'='))
                pendingValue = option;
            continue;
        }
        // "berthctl help images ls" reads as "berthctl images ls".
        if (command.isEmpty() && word == u"help")
            continue;
        if (!help.commands.isEmpty()) {
            const bool known =
                std::any_of(help.commands.cbegin(), help.commands.cend(),
                            [&](const CommandHelp::Entry &e) { return e.name == word; });
            if (!known)
                return {};
            command << word;
            help = CommandHelp::parse(m_help(command));
            positional = 0;
            optionsEnded = false;
            continue;
        }
        ++positional;
    }

    Candidates candidates;
    const auto offer = [&](const QString &word, const QString &description = QString()) {
        if (word.startsWith(current))
            candidates.words << withDescription(word, description);
    };
    const auto offerValue = [&](const QString &valueName, const QString &prefix) {
        if (namesFile(valueName)) {
            candidates.files = true;
        } else if (namesImage(valueName)) {
            const QStringList images = m_images(globalOptions);
            for (const QString &image : images)
                offer(prefix + image);
        }
    };

    if (pendingValue) {
        offerValue(pendingValue->valueName, QString());
        return candidates;
    }
    if (current.startsWith(u'-') && !optionsEnded) {
        if (current.contains(u'=')) { // --option=VALUE
            const QString name = current.section(u'=', 0, 0);
            if (const CommandHelp::Option *option = help.option(name))
                offerValue(option->valueName, name + u'=');
            return candidates;
        }
        for (const CommandHelp::Option &option : std::as_const(help.options)) {
            for (const QString &name : option.names)
                offer(name, option.description);
        }
        return candidates;
    }
    if (!help.commands.isEmpty()) {
        for (const CommandHelp::Entry &entry : std::as_const(help.commands))
            offer(entry.name, entry.description);
        return candidates;
    }
    if (help.arguments.isEmpty())
        return candidates;
    // Past the last argument, a repeatable one ("IMAGE...") goes on.
    const CommandHelp::Entry &argument =
        help.arguments.at(qMin(positional, help.arguments.size() - 1));
    if (positional < help.arguments.size() || help.lastArgumentRepeats)
        offerValue(argument.name, QString());
    return candidates;
}

} // namespace Berth::Cli
