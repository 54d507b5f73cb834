// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/berthctl.h"

#include "cli/commands.h"

#include <QCoreApplication>

namespace Berth::Cli {

namespace {

class Berthctl final
{
    Q_DECLARE_TR_FUNCTIONS(Berthctl)

public:
    static QString usage(const std::vector<std::unique_ptr<Command>> &commands)
    {
        QString text = tr("Usage: berthctl [--host URL] COMMAND [ARGS...]\n\n"
                          "Manage container images from scripts.\n\n"
                          "Global options:\n"
                          "  -H, --host URL   Engine endpoint (unix://, tcp://); default: "
                          "DOCKER_HOST, else the local socket\n"
                          "  --timeout SECS   Fail an engine call that sends nothing for SECS "
                          "seconds (default 30)\n"
                          "  -h, --help       Show this help\n"
                          "  -v, --version    Show the version\n\n"
                          "Commands:\n");
        for (const auto &command : commands)
            text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
        text += tr("\nRun 'berthctl COMMAND --help' for a command's options.\n");
        return text;
    }

    static QString missingValue(const QString &option)
    {
        return tr("berthctl: option %1 needs a value\n").arg(option);
    }

    static QString badTimeout(const QString &value)
    {
        return tr("berthctl: --timeout takes a whole number of seconds, not '%1'\n").arg(value);
    }

    static QString unknownOption(const QString &option)
    {
        return tr("berthctl: unknown option %1\n").arg(option);
    }

    static QString unknownCommand(const QString &command)
    {
        return tr("berthctl: unknown command '%1'; see 'berthctl --help'\n").arg(command);
    }
};

} // namespace

int runBerthctl(const QStringList &arguments, const Console &console)
{
    auto commands = allCommands();
    GlobalOptions global;

    // Global options stop at the first word that is not an option: the command.
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(u'-'))
            break;
        if (arg == u"-h" || arg == u"--help") {
            console.out(Berthctl::usage(commands));
            return ExitOk;
        }
        if (arg == u"-v" || arg == u"--version") {
            console.out(
                QStringLiteral("berthctl %1\n").arg(QCoreApplication::applicationVersion()));
            return ExitOk;
        }
        if (arg == u"-H" || arg == u"--host") {
            if (i + 1 >= arguments.size()) {
                console.err(Berthctl::missingValue(arg));
                return ExitUsage;
            }
            global.host = arguments.at(++i);
            continue;
        }
        if (arg == u"--timeout" || arg.startsWith(u"--timeout=")) {
            QString value;
            if (arg == u"--timeout") {
                if (i + 1 >= arguments.size()) {
                    console.err(Berthctl::missingValue(arg));
                    return ExitUsage;
                }
                value = arguments.at(++i);
            } else {
                value = arg.mid(10);
            }
            bool ok = false;
            global.timeoutSeconds = value.toInt(&ok);
            if (!ok || global.timeoutSeconds <= 0) {
                console.err(Berthctl::badTimeout(value));
                return ExitUsage;
            }
            continue;
        }
        if (arg.startsWith(u"--host=")) {
            global.host = arg.mid(7);
            continue;
        }
        console.err(Berthctl::unknownOption(arg));
        return ExitUsage;
    }
    if (i >= arguments.size()) {
        console.err(Berthctl::usage(commands));
        return ExitUsage;
    }

    const QString name = arguments.at(i);
    for (const auto &command : commands) {
        if (command->name() == name)
            return command->run(arguments.mid(i), global, console);
    }
    console.err(Berthctl::unknownCommand(name));
    return ExitUsage;
}

} // namespace Berth::Cli
