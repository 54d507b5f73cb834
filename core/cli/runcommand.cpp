// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/runcommand.h"

#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/enginesession.h"
#include "cli/interrupt.h"
#include "cli/rawterminal.h"
#include "cli/runimagepull.h"
#include "cli/windowsizewatcher.h"
#include "engine/containerrun.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSocketNotifier>

#include <unistd.h>

namespace Berth::Cli {

namespace {

// docker run's code when the container could not be run at all; a container's own code
// is passed through, so Berth's usual 1 would be ambiguous here.
constexpr int ExitRunFailed = 125;

// As docker run: 127 when the command is not found in the container, 126 when it cannot
// be run, else 125. The runtime's words, untranslated, are all that tells them apart.
int runFailureCode(const Error &error)
{
    // Only the start's refusal (400) means the command: a 409 from Podman's attach may
    // speak of permissions that are the runtime's, not the command's.
    const QString &message = error.message();
    if (error.kind() != ErrorKind::Invalid)
        return ExitRunFailed;
    if (message.contains(QLatin1StringView("executable file not found")) ||
        message.contains(QLatin1StringView("no such file or directory")))
        return 127;
    if (message.contains(QLatin1StringView("permission denied")))
        return 126;
    return ExitRunFailed;
}

std::optional<Engine::PullPolicy> pullPolicy(const QString &text)
{
    if (text == u"missing")
        return Engine::PullPolicy::Missing;
    if (text == u"always")
        return Engine::PullPolicy::Always;
    if (text == u"never")
        return Engine::PullPolicy::Never;
    return std::nullopt;
}

// Forwards berthctl's stdin to the container until end of file.
void forwardStdin(Engine::ContainerRun &run, QObject *context)
{
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [&run, notifier] {
        char buffer[16 * 1024];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0) {
            run.writeStdin(QByteArray(buffer, qsizetype(n)));
            return;
        }
        if (n < 0 && errno == EINTR)
            return;
        notifier->setEnabled(false);
        run.closeStdin();
    });
}

// One run of the container: its output on berthctl's, the local terminal raw while it runs
// with -it, signals passed on. *imageMissing: the engine lacks the image.
Result<int> runOnce(Engine::EngineClient &client, const Engine::ContainerRunSpec &spec,
                    const Console &console, bool *imageMissing)
{
    QObject context;
    QEventLoop loop;
    Engine::ContainerRun run(&client, spec);
    std::optional<Result<int>> outcome;
    QObject::connect(&run, &Engine::ContainerRun::output, &context,
                     [&console](Engine::StreamDemuxer::Channel channel, const QByteArray &data) {
                         if (channel == Engine::StreamDemuxer::Channel::Stderr)
                             console.errBytes(data);
                         else
                             console.outBytes(data);
                     });
    QObject::connect(&run, &Engine::ContainerRun::finished, &context,
                     [&outcome, &loop](const Result<int> &result) {
                         outcome = result;
                         loop.quit();
                     });

    // Raw only once the container runs: an error before that prints as usual.
    std::unique_ptr<RawTerminal> raw;
    WindowSizeWatcher window(STDOUT_FILENO);
    QObject::connect(&run, &Engine::ContainerRun::started, &context, [&] {
        if (spec.tty && spec.interactive)
            raw = std::make_unique<RawTerminal>(STDIN_FILENO);
        if (spec.interactive)
            forwardStdin(run, &context);
    });
    if (spec.tty) {
        const QSize size = window.size();
        run.resize(size.height(), size.width());
        QObject::connect(&window, &WindowSizeWatcher::resized, &run, &Engine::ContainerRun::resize);
    }
    // Ctrl-C and SIGTERM go to the container, as docker run's signal proxy sends them; a
    // second one ends berthctl at once.
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &context, [&run] {
        run.kill(Interrupt::cancelExitCode() == ExitTerminated ? QStringLiteral("TERM")
                                                               : QStringLiteral("INT"));
    });

    run.start();
    loop.exec();
    raw.reset();
    *imageMissing = run.imageMissing();
    return *outcome;
}

} // namespace

QString RunCommand::summary() const
{
    return tr("Run a command in a new container, as docker run");
}

int RunCommand::run(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    const QString program = QStringLiteral("berthctl run");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a container from IMAGE (pulled first when the engine does not have it, "
           "as --pull says), attach to it, start it and wait for it, as docker "
           "run does. Its stdout and stderr become berthctl's; with -t the local terminal is "
           "the container's, in raw mode, resized with it. berthctl exits with the "
           "container's exit code, or, as docker run, 125 when it could not run, 126 when the "
           "command cannot be run and "
           "127 when it is not found (3 and 4 when the "
           "engine cannot be reached or opened). Options after IMAGE belong to COMMAND."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(QStringLiteral("image"), tr("The image to run."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("The command and its arguments; default: the image's."),
                                 QStringLiteral("[COMMAND...]"));
    const QCommandLineOption rmOption(QStringLiteral("rm"),
                                      tr("Remove the container when it exits."));
    const QCommandLineOption envOption(
        {QStringLiteral("e"), QStringLiteral("env")},
        tr("Set an environment variable, as NAME=VALUE (repeatable)."), QStringLiteral("ENV"));
    const QCommandLineOption portOption(
        {QStringLiteral("p"), QStringLiteral("publish")},
        tr("Publish a container's port on the host, as [IP:]HOST:CONTAINER[/PROTO] "
           "(repeatable)."),
        QStringLiteral("PORT"));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Name the container."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption entrypointOption(
        QStringLiteral("entrypoint"), tr("Replace the image's entrypoint."), QStringLiteral("CMD"));
    const QCommandLineOption interactiveOption({QStringLiteral("i"), QStringLiteral("interactive")},
                                               tr("Keep stdin open and send it to the container."));
    const QCommandLineOption ttyOption({QStringLiteral("t"), QStringLiteral("tty")},
                                       tr("Give the container a pseudo-terminal."));
    const QCommandLineOption pullOption(
        QStringLiteral("pull"),
        tr("Pull the image first: missing (when it is not here; the default), always, or "
           "never."),
        QStringLiteral("WHEN"), QStringLiteral("missing"));
    parser.addOptions({rmOption, envOption, portOption, nameOption, entrypointOption,
                       interactiveOption, ttyOption, pullOption});
    if (const auto done = parseArguments(parser, program, args, console, 1, -1))
        return *done;

    const QStringList positional = parser.positionalArguments();
    Engine::ContainerRunSpec spec;
    spec.image = positional.first();
    spec.command = positional.mid(1);
    if (parser.isSet(entrypointOption))
        spec.entrypoint = parser.value(entrypointOption);
    spec.environment = parser.values(envOption);
    spec.ports = parser.values(portOption);
    spec.name = parser.value(nameOption);
    spec.autoRemove = parser.isSet(rmOption);
    spec.interactive = parser.isSet(interactiveOption);
    spec.tty = parser.isSet(ttyOption);
    const auto pull = pullPolicy(parser.value(pullOption));
    if (!pull) {
        console.err(usageError(
            program,
            tr("--pull takes missing, always or never, not '%1'").arg(parser.value(pullOption))));
        return ExitUsage;
    }
    spec.pull = *pull;
    if (spec.interactive && spec.tty && ::isatty(STDIN_FILENO) != 1) {
        console.err(usageError(program, tr("the input device is not a terminal; drop -t, or "
                                           "run berthctl on a terminal")));
        return ExitUsage;
    }
    if (const auto body = spec.createBody(); !body) {
        console.err(usageError(program, body.error().message()));
        return ExitUsage;
    }

    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;

    if (spec.pull == Engine::PullPolicy::Always) {
        if (const auto image = spec.pullableImage()) {
            if (const int code = RunImagePull::pull(*image, global, console); code != ExitOk)
                return code;
        }
    }
    bool imageMissing = false;
    Result<int> outcome = runOnce(session->client(), spec, console, &imageMissing);
    // As docker run: a missing image is pulled, then the run starts again.
    if (imageMissing && spec.pull == Engine::PullPolicy::Missing) {
        if (const auto image = spec.pullableImage()) {
            console.err(tr("Unable to find image '%1' locally\n").arg(*image));
            if (const int code = RunImagePull::pull(*image, global, console); code != ExitOk)
                return code;
            outcome = runOnce(session->client(), spec, console, &imageMissing);
        }
    }
    if (!outcome) {
        const int code = reportError(outcome.error(), console);
        return code == ExitFailure ? runFailureCode(outcome.error()) : code;
    }
    return console.finish(*outcome);
}

} // namespace Berth::Cli
