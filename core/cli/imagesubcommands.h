// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace Berth::Cli {

// Texts of the `berthctl images ...` commands share one translation context.
class ImagesText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::Images)
};

// Parses a subcommand's arguments (args[0] is the subcommand). Returns an exit code when
// the command is done already: --help printed, or a usage error reported.
std::optional<int> parseSubcommand(QCommandLineParser &parser, const QString &name,
                                   const QStringList &args, const Console &console,
                                   int minPositional, int maxPositional);

// Each `berthctl images SUBCOMMAND`; args[0] is the subcommand's name.
namespace ImageSubcommands {
int list(const QStringList &args, const GlobalOptions &global, const Console &console);
int inspect(const QStringList &args, const GlobalOptions &global, const Console &console);
int history(const QStringList &args, const GlobalOptions &global, const Console &console);
int tag(const QStringList &args, const GlobalOptions &global, const Console &console);
int remove(const QStringList &args, const GlobalOptions &global, const Console &console);
int prune(const QStringList &args, const GlobalOptions &global, const Console &console);
int pull(const QStringList &args, const GlobalOptions &global, const Console &console);
int push(const QStringList &args, const GlobalOptions &global, const Console &console);
int save(const QStringList &args, const GlobalOptions &global, const Console &console);
int load(const QStringList &args, const GlobalOptions &global, const Console &console);
} // namespace ImageSubcommands

// Prints rows as aligned columns, as the docker CLI does.
QString formatTable(const QList<QStringList> &rows);

} // namespace Berth::Cli
