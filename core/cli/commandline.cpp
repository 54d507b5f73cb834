// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include <QCoreApplication>

namespace Berth::Cli {

namespace {

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::CommandLine)

public:
    static QString wrongCount(const QString &program)
    {
        return tr("%1: wrong number of arguments; see '%1 --help'\n").arg(program);
    }
};

} // namespace

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &program,
                                  const QStringList &args, const Console &console,
                                  int minPositional, int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{program} + args.mid(1))) {
        console.err(program + QStringLiteral(": ") + parser.errorText() + u'\n');
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out(parser.helpText());
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        console.err(CommandLine::wrongCount(program));
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace Berth::Cli
