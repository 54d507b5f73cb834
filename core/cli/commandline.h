// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/console.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace Berth::Cli {

// Parses a command's arguments (args[0] is the command's own name) with --help added, and
// checks the number of positional arguments (maxPositional < 0: no upper bound). Returns
// an exit code when the command is done already: help printed, or a usage error reported
// under the name `program` ("berthctl images ls").
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &program,
                                  const QStringList &args, const Console &console,
                                  int minPositional, int maxPositional);

// After a successful parse with addHelpOption(): prints the help when --help or
// --help-all was given (Qt's parse() handles neither) and returns ExitOk.
std::optional<int> printHelpIfAsked(const QCommandLineParser &parser, const QString &program,
                                    const Console &console);

// "PROGRAM: WHAT; see 'PROGRAM --help'", the line every usage error ends with.
QString usageError(const QString &program, const QString &what);

} // namespace Berth::Cli
