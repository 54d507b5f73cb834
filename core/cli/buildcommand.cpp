// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/buildcommand.h"

#include "build/dockerfilecheck.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/jobrunner.h"
#include "cli/jsonfailure.h"
#include "cli/storedlogins.h"
#include "reference/imagereference.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

namespace {

const QString Program = QStringLiteral("berthctl build");

// The registries of the Dockerfile's base images, whose logins go along with the build.
QStringList baseRegistries(const QString &dockerfile)
{
    QStringList registries;
    for (const QString &image : Build::DockerfileCheck::baseImages(dockerfile)) {
        const auto reference = Reference::ImageReference::parse(image);
        if (reference && !registries.contains(reference->domain()))
            registries.append(reference->domain());
    }
    return registries;
}

} // namespace

QString BuildCommand::summary() const
{
    return tr("Build an image from a Dockerfile");
}

int BuildCommand::run(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Build an image from a Dockerfile with the engine's classic builder. The context "
           "folder is streamed to the engine as a tar, leaving out what its .dockerignore "
           "excludes, as docker build does. The engine's output goes to stderr as it comes, "
           "the image id to stdout. A Dockerfile that needs BuildKit (# syntax=, RUN --mount, "
           "heredocs) is refused before anything is sent. Ctrl-C cancels the build."));
    parser.addPositionalArgument(QStringLiteral("CONTEXT_DIR"), tr("The build context: a folder."));
    const QCommandLineOption tagOption({QStringLiteral("t"), QStringLiteral("tag")},
                                       tr("Name the image NAME[:TAG]; may be given again."),
                                       QStringLiteral("TAG"));
    const QCommandLineOption fileOption(
        {QStringLiteral("f"), QStringLiteral("file")},
        tr("The Dockerfile, inside the context (default: CONTEXT/Dockerfile)."),
        QStringLiteral("FILE"));
    const QCommandLineOption argOption(
        QStringLiteral("build-arg"),
        tr("Set a build argument, K=V; K alone takes the value of the "
           "environment variable K. May be given again."),
        QStringLiteral("ARG"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          tr("Build this stage of a multi-stage Dockerfile."),
                                          QStringLiteral("STAGE"));
    const QCommandLineOption platformOption(QStringLiteral("platform"),
                                            tr("Build for this platform, os[/arch[/variant]]."),
                                            QStringLiteral("PLATFORM"));
    const QCommandLineOption noCacheOption(QStringLiteral("no-cache"),
                                           tr("Do not use the cache for any step."));
    const QCommandLineOption pullOption(QStringLiteral("pull"),
                                        tr("Always pull newer versions of the base images."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print {\"contextBytes\": N, \"id\": ID, \"tags\": "
                                           "[...]} on success, or {\"reference\": CONTEXT, "
                                           "\"error\": ...}."));
    parser.addOptions({tagOption, fileOption, argOption, targetOption, platformOption,
                       noCacheOption, pullOption, jsonOption});
    if (const auto code = parseArguments(parser, Program, args, console, 1, 1))
        return *code;

    Engine::BuildOptions options;
    const QString contextArgument = parser.positionalArguments().constFirst();
    const QFileInfo context(contextArgument);
    if (!context.isDir()) {
        console.err(tr("berthctl: %1 is not a folder\n").arg(contextArgument));
        return ExitFailure;
    }
    options.contextDirectory = context.absoluteFilePath();
    if (parser.isSet(fileOption)) {
        // As docker: -f is read from the current folder, and must lie inside the context.
        const QString relative =
            QDir(options.contextDirectory)
                .relativeFilePath(QFileInfo(parser.value(fileOption)).absoluteFilePath());
        if (relative.startsWith(QLatin1StringView("../")) || relative == u"..") {
            console.err(usageError(Program, tr("the Dockerfile %1 is outside the build context; "
                                               "Berth sends only a Dockerfile inside it")
                                                .arg(parser.value(fileOption))));
            return ExitUsage;
        }
        options.dockerfile = relative;
    }
    for (const QString &tag : parser.values(tagOption)) {
        const auto reference = Reference::ImageReference::parse(tag);
        if (!reference || reference->hasDigest()) {
            console.err(tr("berthctl: invalid tag %1: %2\n")
                            .arg(tag, reference ? tr("a tag cannot name a digest")
                                                : reference.error().message()));
            return ExitUsage;
        }
        options.tags.append(reference->familiarName() + u':' + reference->effectiveTag());
    }
    for (const QString &arg : parser.values(argOption)) {
        const qsizetype equals = arg.indexOf(u'=');
        if (equals > 0)
            options.buildArgs.append({arg.left(equals), arg.mid(equals + 1)});
        else if (equals < 0 && qEnvironmentVariableIsSet(qPrintable(arg)))
            options.buildArgs.append({arg, qEnvironmentVariable(qPrintable(arg))});
        else if (equals == 0) {
            console.err(usageError(Program, tr("--build-arg needs a name: %1").arg(arg)));
            return ExitUsage;
        }
    }
    options.target = parser.value(targetOption);
    options.platform = parser.value(platformOption);
    options.noCache = parser.isSet(noCacheOption);
    options.pull = parser.isSet(pullOption);

    // Refused here, before the engine is asked anything.
    QFile dockerfile(QDir(options.contextDirectory).filePath(options.dockerfile));
    if (!dockerfile.open(QIODevice::ReadOnly)) {
        console.err(tr("berthctl: cannot read %1: %2\n")
                        .arg(dockerfile.fileName(), dockerfile.errorString()));
        return ExitFailure;
    }
    const QString dockerfileText = QString::fromUtf8(dockerfile.readAll());
    if (const auto feature = Build::DockerfileCheck::buildKitFeature(dockerfileText)) {
        console.err(tr("berthctl: %1\n").arg(Build::DockerfileCheck::refusal(*feature)));
        return ExitFailure;
    }

    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Build;
    spec.build = options;
    spec.references = options.tags;
    spec.filePath = options.contextDirectory;
    // The logins of the base images' registries, when Berth or docker keeps one: the job asks
    // the source for each.
    const QStringList registries = baseRegistries(dockerfileText);
    const std::shared_ptr<CredentialSource> stored =
        registries.isEmpty() ? nullptr : StoredLogins::sourceFor(registries);
    const auto runner = JobRunner::open(global, console);
    if (!runner)
        return ExitUsage;
    spec.endpoint = runner->endpoint();
    const auto records = runner->run({spec}, stored);
    if (!records)
        return reportError(records.error(), console);
    const Jobs::JobRecord &job = records->constFirst();
    const bool json = parser.isSet(jsonOption);
    const int exitCode = runner->exitCode(*records);
    if (exitCode != ExitOk) {
        if (json && job.error)
            console.out(jsonFailureLine(contextArgument, job.error->message()));
        return exitCode;
    }
    if (!json) {
        console.out(job.digest + u'\n');
        return ExitOk;
    }
    const QJsonObject object{{QStringLiteral("contextBytes"), job.progress.bytesDone},
                             {QStringLiteral("id"), job.digest},
                             {QStringLiteral("tags"), QJsonArray::fromStringList(options.tags)}};
    console.outBytes(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    return ExitOk;
}

} // namespace Berth::Cli
