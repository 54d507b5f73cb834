// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Cli {

// What a berthctl help text lists, read back from the text itself (in English): the
// commands under "Commands:", the options under "Options:" or "Global options:", and the
// positional arguments under "Arguments:". Shell completion knows berthctl's commands
// and options this way only, so a command added to the table completes without an edit.
struct CommandHelp
{
    struct Entry
    {
        QString name;
        QString description;
    };
    struct Option
    {
        QStringList names; // "-o", "--output"
        QString valueName; // "FILE"; empty for a switch
        QString description;
    };

    QList<Entry> commands;
    QList<Option> options;
    QList<Entry> arguments;
    bool lastArgumentRepeats = false; // the usage line ends in "...": "IMAGE..."

    static CommandHelp parse(const QString &text);
    // The option one of whose names is `name` ("--host"), or nullptr.
    const Option *option(const QString &name) const;
};

} // namespace Berth::Cli
