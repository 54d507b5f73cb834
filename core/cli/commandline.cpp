// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include "cli/commandexamples.h"

#include <QCoreApplication>

namespace Berth::Cli {

namespace {

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::CommandLine)

public:
    static QString wrongCount() { return tr("wrong number of arguments"); }
    static QString seeHelp(const QString &program) { return tr("see '%1 --help'").arg(program); }
};

// Qt's help begins "Usage: <argv[0]> [options]": the binary's path, not the command.
QString helpFor(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    const QString binary = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = binary.isEmpty() ? -1 : text.indexOf(binary);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, binary.size(), program);
    return text;
}

} // namespace

QString usageError(const QString &program, const QString &what)
{
    return program + QStringLiteral(": ") + what + QStringLiteral("; ") +
           CommandLine::seeHelp(program) + u'\n';
}

std::optional<int> printHelpIfAsked(const QCommandLineParser &parser, const QString &program,
                                    const Console &console)
{
    if (!parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all")))
        return std::nullopt;
    console.out(helpFor(parser, program) + helpEpilogue(program));
    return ExitOk;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &program,
                                  const QStringList &args, const Console &console,
                                  int minPositional, int maxPositional)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{program} + args.mid(1))) {
        console.err(usageError(program, parser.errorText()));
        return ExitUsage;
    }
    if (const auto code = printHelpIfAsked(parser, program, console))
        return code;
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        console.err(usageError(program, CommandLine::wrongCount()));
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace Berth::Cli
