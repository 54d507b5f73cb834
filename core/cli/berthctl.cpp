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
        QString text = tr("Usage: berthctl [--host URL | --context NAME] COMMAND [ARGS...]\n\n"
                          "Manage container images from scripts.\n\n"
                          "Global options:\n"
                          "  -H, --host URL   Engine endpoint (unix://, tcp://); default: "
                          "DOCKER_HOST, else the docker CLI's current context, else the local "
                          "socket\n"
                          "  -c, --context NAME  Use the engine of this docker context "
                          "(docker context ls)\n"
                          "  --timeout SECS   Fail an engine call that sends nothing for SECS "
                          "seconds (default 30)\n"
                          "  --jobs N         Run at most N pulls, pushes, saves or loads at once, "
                          "and copy at most N blobs at once (default 3)\n"
                          "  -h, --help       Show this help\n"
                          "  -v, --version    Show the version\n\n"
                          "Commands:\n");
        for (const auto &command : commands)
            text += QStringLiteral("  %1  %2\n").arg(command->name(), -10).arg(command->summary());
        text += QStringLiteral("  %1  %2\n")
                    .arg(QStringLiteral("help"), -10)
                    .arg(tr("Show a command's help and examples: help [COMMAND [SUBCOMMAND]]"));
        text += tr("\nRun 'berthctl help COMMAND' or 'berthctl COMMAND --help' for a command's "
                   "options and examples.\n");
        text += tr("\nExit codes:\n"
                   "  0    success\n"
                   "  1    failure (the engine's, registry's or Berth's message says which)\n"
                   "  2    usage error: the command line is wrong\n"
                   "  3    no engine at that address\n"
                   "  4    permission denied on the engine's socket\n"
                   "  5    the registry refused the login (or anonymous access)\n"
                   "  6    the registry is unreachable\n"
                   "  130  cancelled by SIGINT (Ctrl-C)\n"
                   "  141  images save: the reader of stdout left\n"
                   "  143  cancelled by SIGTERM\n");
        text += tr("\nEnvironment:\n"
                   "  DOCKER_HOST    the engine, when --host is not given\n"
                   "  DOCKER_CONTEXT the docker context, when neither --host, --context nor "
                   "DOCKER_HOST is given\n"
                   "  DOCKER_TLS_VERIFY, DOCKER_CERT_PATH  TLS for a tcp DOCKER_HOST: verify "
                   "with ca.pem, show cert.pem and key.pem\n"
                   "  DOCKER_CONFIG  the Docker client's configuration folder, with its "
                   "contexts (default ~/.docker)\n");
        text += tr("  AWS_PROFILE, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL_ECR, ...  as "
                   "the AWS CLI reads them, for berthctl ecr and images on ECR registry hosts\n"
                   "  BERTH_ECR_REGISTRY_HOSTS  HOST=ACCOUNT:REGION[,...]: registries that serve "
                   "ECR's tokens under another name (an emulator)\n");
        text += tr("\nFiles:\n"
                   "  ~/.local/share/berth/jobs.json  the job history, shared with the window "
                   "($XDG_DATA_HOME/berth/jobs.json)\n");
        return text;
    }

    static QString missingValue(const QString &option)
    {
        return tr("berthctl: option %1 needs a value\n").arg(option);
    }

    static QString badNumber(const QString &option, const QString &value)
    {
        return tr("berthctl: %1 takes a whole number above 0, not '%2'\n").arg(option, value);
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

namespace {

int dispatch(const QStringList &arguments, const Console &console)
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
        if (arg == u"-H" || arg == u"--host" || arg == u"-c" || arg == u"--context") {
            if (i + 1 >= arguments.size()) {
                console.err(Berthctl::missingValue(arg));
                return ExitUsage;
            }
            (arg == u"-H" || arg == u"--host" ? global.host : global.context) = arguments.at(++i);
            continue;
        }
        if (arg.startsWith(u"--context=")) {
            global.context = arg.mid(10);
            continue;
        }
        // --timeout SECS, --jobs N (or --name=VALUE): whole numbers above 0.
        int *number = nullptr;
        QString option = arg.section(u'=', 0, 0);
        if (option == u"--timeout")
            number = &global.timeoutSeconds;
        else if (option == u"--jobs")
            number = &global.jobs;
        if (number) {
            QString value;
            if (!arg.contains(u'=')) {
                if (i + 1 >= arguments.size()) {
                    console.err(Berthctl::missingValue(arg));
                    return ExitUsage;
                }
                value = arguments.at(++i);
            } else {
                value = arg.section(u'=', 1);
            }
            bool ok = false;
            *number = value.toInt(&ok);
            if (!ok || *number <= 0) {
                console.err(Berthctl::badNumber(option, value));
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

    QString name = arguments.at(i);
    QStringList commandArgs = arguments.mid(i);
    // "help [COMMAND [SUBCOMMAND]]" is "COMMAND [SUBCOMMAND] --help".
    if (name == u"help") {
        if (commandArgs.size() == 1) {
            console.out(Berthctl::usage(commands));
            return ExitOk;
        }
        commandArgs = commandArgs.mid(1) << QStringLiteral("--help");
        name = commandArgs.first();
    }
    for (const auto &command : commands) {
        if (command->name() == name)
            return command->run(commandArgs, global, console);
    }
    console.err(Berthctl::unknownCommand(name));
    return ExitUsage;
}

} // namespace

int runBerthctl(const QStringList &arguments, const Console &console)
{
    return console.finish(dispatch(arguments, console));
}

} // namespace Berth::Cli
