// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/completioncommand.h"

#include "base/translations.h"
#include "cli/berthctl.h"
#include "cli/commandline.h"
#include "cli/completer.h"
#include "cli/completionscripts.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Berth::Cli {

namespace {

// Runs berthctl in this process with these arguments and returns what it printed on
// stdout; what it says on stderr is dropped (a completion never prints a message).
QString capturedOutput(const QStringList &arguments)
{
    FILE *out = std::tmpfile();
    FILE *err = std::tmpfile();
    QByteArray bytes;
    if (out && err) {
        runBerthctl(arguments, Console(out, err));
        std::rewind(out);
        char buffer[8192];
        size_t read = 0;
        while ((read = std::fread(buffer, 1, sizeof buffer, out)) > 0)
            bytes.append(buffer, qsizetype(read));
    }
    if (out)
        std::fclose(out);
    if (err)
        std::fclose(err);
    return QString::fromUtf8(bytes);
}

QString helpOf(const QStringList &command)
{
    return capturedOutput(QStringList{QStringLiteral("berthctl")} + command +
                          QStringList{QStringLiteral("--help")});
}

// The local images by name; an engine that is not there, or silent for a second, gives none.
QStringList imageNames(const QStringList &globalOptions)
{
    const QStringList list =
        QStringList{QStringLiteral("berthctl")} + globalOptions +
        QStringList{QStringLiteral("--timeout"), QStringLiteral("1"),
                    QStringLiteral("images"),    QStringLiteral("ls"),
                    QStringLiteral("--format"),  QStringLiteral("{{.Repository}}:{{.Tag}}")};
    QStringList names;
    const QStringList lines = capturedOutput(list).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.contains(QStringLiteral("<none>")) && !names.contains(line))
            names << line;
    }
    return names;
}

int complete(const QStringList &words, const Console &console)
{
    // The help is read by its English headings; candidates are the words berthctl takes.
    removeTranslations();
    const Completer completer(helpOf, imageNames);
    const Completer::Candidates candidates = completer.complete(words);
    QString out;
    for (const QString &word : candidates.words)
        out += word + u'\n';
    if (candidates.files)
        out += QStringLiteral(":files\n");
    console.out(out);
    return ExitOk;
}

} // namespace

QString CompletionCommand::summary() const
{
    return tr("Print a shell's completion script: completion bash|zsh|fish");
}

int CompletionCommand::run(const QStringList &args, const GlobalOptions &, const Console &console)
{
    if (args.value(1) == u"__complete")
        return complete(args.mid(2), console);

    const QString program = QStringLiteral("berthctl completion");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the completion script of SHELL (bash, zsh or fish) for berthctl: its "
           "commands, options, and the local images' names, asked of the engine as you type."));
    parser.addPositionalArgument(QStringLiteral("SHELL"), tr("bash, zsh or fish"));
    if (const auto code = parseArguments(parser, program, args, console, 1, 1))
        return *code;
    const QString script = completionScript(parser.positionalArguments().first());
    if (script.isEmpty()) {
        console.err(usageError(program, tr("no completion for '%1': use bash, zsh or fish")
                                            .arg(parser.positionalArguments().first())));
        return ExitUsage;
    }
    console.out(script);
    return ExitOk;
}

} // namespace Berth::Cli
