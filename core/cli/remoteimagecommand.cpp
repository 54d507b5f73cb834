// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/remoteimagecommand.h"

#include "base/humanformat.h"
#include "cli/commandline.h"
#include "cli/commandlinelogins.h"
#include "cli/jobrunner.h"
#include "cli/passwordinput.h"
#include "cli/referencecheck.h"
#include "cli/registrysession.h"
#include "cli/storedlogins.h"
#include "jobs/jobrecord.h"
#include "reference/imagereference.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace Berth::Cli {

namespace {

using Reference::ImageReference;
using namespace Berth::Registry;

// The options of one side of a copy: --src-insecure, --dest-ca-file, ...
struct SideOptions
{
    explicit SideOptions(const QString &prefix, const QString &side)
        : insecure(prefix + QStringLiteral("insecure"),
                   RemoteImageCommand::tr("Like --insecure, for the %1 only.").arg(side))
        , caFile(prefix + QStringLiteral("ca-file"),
                 RemoteImageCommand::tr("Like --ca-file, for the %1 only.").arg(side),
                 QStringLiteral("FILE"))
        , certsDir(prefix + QStringLiteral("certs-dir"),
                   RemoteImageCommand::tr("Like --certs-dir, for the %1 only.").arg(side),
                   QStringLiteral("DIR"))
        , username(prefix + QStringLiteral("username"),
                   RemoteImageCommand::tr("User name at the %1.").arg(side), QStringLiteral("USER"))
    {}

    QCommandLineOption insecure;
    QCommandLineOption caFile;
    QCommandLineOption certsDir;
    QCommandLineOption username;
};

RegistryConfig sideConfig(const QCommandLineParser &parser, const RegistryOptions &both,
                          const SideOptions &side, const GlobalOptions &global)
{
    RegistryConfig config = registryConfig(parser, both, global);
    config.insecure = config.insecure || parser.isSet(side.insecure);
    config.caFile =
        parser.isSet(side.caFile) ? parser.value(side.caFile) : parser.value(both.caFile);
    config.certsDirRoot =
        parser.isSet(side.certsDir) ? parser.value(side.certsDir) : parser.value(both.certsDir);
    return config;
}

QString withoutLineEnd(QString text)
{
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

// The destination's password: from a file (a pipe such as <(pass show x) or /dev/fd/3 works),
// never from argv or the environment; else asked on the terminal when stdin is one and not
// already the source's password.
std::optional<Credentials> destinationCredentials(const QCommandLineParser &parser,
                                                  const SideOptions &dest,
                                                  const QCommandLineOption &passwordFile,
                                                  bool stdinTaken, const Console &console,
                                                  int *exitCode)
{
    if (!parser.isSet(dest.username)) {
        if (parser.isSet(passwordFile)) {
            console.err(
                RemoteImageCommand::tr("berthctl: --dest-password-file needs --dest-username\n"));
            *exitCode = ExitUsage;
            return std::nullopt;
        }
        return Credentials();
    }
    Credentials credentials;
    credentials.username = parser.value(dest.username);
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            console.err(RemoteImageCommand::tr("berthctl: cannot read %1: %2\n")
                            .arg(file.fileName(), file.errorString()));
            *exitCode = ExitFailure;
            return std::nullopt;
        }
        credentials.password = withoutLineEnd(QString::fromUtf8(file.read(64 * 1024)));
        if (credentials.password.isEmpty()) {
            console.err(
                RemoteImageCommand::tr("berthctl: no password in %1\n").arg(file.fileName()));
            *exitCode = ExitFailure;
            return std::nullopt;
        }
        return credentials;
    }
    if (stdinTaken) {
        console.err(RemoteImageCommand::tr(
            "berthctl: stdin holds the source's password; give the destination's with "
            "--dest-password-file FILE\n"));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const auto login = PasswordInput::read(true, credentials.username, false, console, exitCode);
    if (!login)
        return std::nullopt;
    credentials.password = login->password;
    return credentials;
}

void printJson(const Console &console, const QJsonObject &object)
{
    console.out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
}

// One job of the pool on an open runner: the digest it ends with, or why it failed.
Result<QString> runJob(JobRunner &runner, const Jobs::JobSpec &spec,
                       const std::shared_ptr<CommandLineLogins> &logins)
{
    logins->openStored();
    const auto records = runner.run({spec}, logins);
    if (!records)
        return records.error();
    if (const auto &failure = records->constFirst().error)
        return *failure;
    return records->constFirst().digest;
}

// Runs a copy or retag as a job of the pool (progress on stderr as for pulls, an entry in the
// job history, Ctrl-C cancels and waits until its upload sessions are deleted). The digest the
// destination tag names, or the failure; exitCode is set when it failed.
std::optional<QString> runAsJob(const Jobs::JobSpec &spec,
                                const std::shared_ptr<CommandLineLogins> &logins,
                                const GlobalOptions &global, const Console &console, bool json,
                                int *exitCode)
{
    const auto runner = JobRunner::open(global, console);
    if (!runner) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    const auto outcome = runJob(*runner, spec, logins);
    if (!outcome) {
        *exitCode =
            reportFailure(outcome.error(), console, json ? spec.references.value(0) : QString());
        return std::nullopt;
    }
    return *outcome;
}

bool namesItsRegistry(const QString &argument, const ImageReference &reference)
{
    return argument.startsWith(reference.domain() + u'/');
}

} // namespace

QString RemoteImageCommand::name() const
{
    switch (m_kind) {
    case Kind::Copy:
        return QStringLiteral("copy");
    case Kind::Retag:
        return QStringLiteral("retag");
    case Kind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString RemoteImageCommand::summary() const
{
    switch (m_kind) {
    case Kind::Copy:
        return tr("Copy an image between registries: copy SOURCE DESTINATION");
    case Kind::Retag:
        return tr("Tag an image in its registry: retag REFERENCE NEWTAG");
    case Kind::Delete:
        return tr("Delete an image from its registry: delete REFERENCE");
    }
    return {};
}

int RemoteImageCommand::run(const QStringList &args, const GlobalOptions &global,
                            const Console &console)
{
    switch (m_kind) {
    case Kind::Copy:
        return runCopy(args, global, console);
    case Kind::Retag:
        return runRetag(args, global, console);
    case Kind::Delete:
        return runDelete(args, global, console);
    }
    return ExitFailure;
}

int RemoteImageCommand::runCopy(const QStringList &args, const GlobalOptions &global,
                                const Console &console)
{
    QCommandLineParser parser;
    const RegistryOptions both;
    const SideOptions src(QStringLiteral("src-"), tr("source"));
    const SideOptions dest(QStringLiteral("dest-"), tr("destination"));
    const QCommandLineOption srcPasswordStdin(QStringLiteral("src-password-stdin"),
                                              tr("Read the source's password from stdin."));
    const QCommandLineOption destPasswordFile(
        QStringLiteral("dest-password-file"),
        tr("Read the destination's password from FILE (e.g. <(pass show registry)); without it, "
           "--dest-username asks on the terminal."),
        QStringLiteral("FILE"));
    const QCommandLineOption platform(
        QStringLiteral("platform"),
        tr("Copy only this platform's manifest of an index (os/arch[/variant]); the destination "
           "tag then names that manifest, whose digest is not the index's."),
        QStringLiteral("PLATFORM"));
    const QCommandLineOption allPlatforms(
        QStringLiteral("all-platforms"),
        tr("Copy every platform and the index itself, byte for byte (the default)."));
    parser.setApplicationDescription(
        tr("Copy an image from one registry to another without an engine: every blob the "
           "destination lacks (mounted inside one registry), then the manifests byte for byte, "
           "so the destination digest is the source's. Signatures and other referrers are not "
           "copied."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("registry/name[:tag|@digest]"));
    parser.addPositionalArgument(QStringLiteral("DESTINATION"), tr("registry/name[:tag]"));
    parser.addOptions({both.insecure, both.caFile, both.certsDir, src.insecure, src.caFile,
                       src.certsDir, src.username, srcPasswordStdin, dest.insecure, dest.caFile,
                       dest.certsDir, dest.username, destPasswordFile, platform, allPlatforms,
                       both.json, both.retries, both.retryTimeout});
    if (const auto code =
            parseArguments(parser, QStringLiteral("berthctl copy"), args, console, 2, 2))
        return *code;
    if (parser.isSet(platform) && parser.isSet(allPlatforms)) {
        console.err(usageError(QStringLiteral("berthctl copy"),
                               tr("--platform and --all-platforms exclude each other")));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const auto from = parseImageReference(positional.at(0), ReferenceUse::Read, console);
    const auto to = parseImageReference(positional.at(1), ReferenceUse::CreatesTag, console);
    if (!from || !to)
        return ExitFailure;
    if (to->hasDigest()) {
        console.err(usageError(QStringLiteral("berthctl copy"),
                               tr("the destination takes a tag, not a digest")));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto srcLogin =
        PasswordInput::read(parser.isSet(src.username), parser.value(src.username),
                            parser.isSet(srcPasswordStdin), console, &exitCode);
    if (!srcLogin)
        return exitCode;
    Credentials srcCredentials;
    srcCredentials.username = srcLogin->username;
    srcCredentials.password = srcLogin->password;
    const auto destCredentials = destinationCredentials(
        parser, dest, destPasswordFile, parser.isSet(srcPasswordStdin), console, &exitCode);
    if (!destCredentials)
        return exitCode;
    const auto srcEndpoint =
        endpointFor(from->domain(), sideConfig(parser, both, src, global), global, console);
    const auto destEndpoint =
        endpointFor(to->domain(), sideConfig(parser, both, dest, global), global, console);
    const auto policy = retryPolicyFor(parser, both, QStringLiteral("berthctl copy"), console);
    if (!srcEndpoint || !destEndpoint || !policy)
        return ExitUsage;

    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::RegistryCopy;
    spec.references = {from->normalized(), to->normalized()};
    spec.platform = parser.value(platform);
    spec.sourceRegistry = sideConfig(parser, both, src, global);
    spec.destinationRegistry = sideConfig(parser, both, dest, global);
    // The passwords given stay in this process; the job names the logins only.
    const auto logins = std::make_shared<CommandLineLogins>();
    spec.login = logins->use(from->domain(), srcCredentials);
    spec.destinationLogin = logins->use(to->domain(), *destCredentials);
    spec.registryRetry = *policy;
    const auto result = runAsJob(spec, logins, global, console, parser.isSet(both.json), &exitCode);
    if (!result)
        return exitCode;
    if (parser.isSet(both.json))
        printJson(console, {{QStringLiteral("source"), from->normalized()},
                            {QStringLiteral("destination"), to->normalized()},
                            {QStringLiteral("digest"), *result}});
    else
        console.err(tr("Copied %1 to %2 (%3)\n").arg(from->familiar(), to->familiar(), *result));
    return ExitOk;
}

int RemoteImageCommand::runRetag(const QStringList &args, const GlobalOptions &global,
                                 const Console &console)
{
    QCommandLineParser parser;
    const RegistryOptions options;
    parser.setApplicationDescription(
        tr("Tag an image in its registry, without pulling it: the manifest is PUT under the new "
           "tag (no blob moves). NEWTAG may name another repository of the same registry; its "
           "blobs are then mounted."));
    parser.addPositionalArgument(QStringLiteral("REFERENCE"), tr("registry/name[:tag|@digest]"));
    parser.addPositionalArgument(QStringLiteral("NEWTAG"), tr("a tag, or registry/name:tag"));
    parser.addOptions({options.username, options.passwordStdin, options.insecure, options.caFile,
                       options.certsDir, options.json, options.retries, options.retryTimeout});
    if (const auto code =
            parseArguments(parser, QStringLiteral("berthctl retag"), args, console, 2, 2))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const auto from = parseImageReference(positional.at(0), ReferenceUse::Read, console);
    if (!from)
        return ExitFailure;
    const QString target = positional.at(1);
    const bool bareTag = !target.contains(u'/') && !target.contains(u'@');
    const auto to =
        parseImageReference(bareTag ? from->domain() + u'/' + from->path() + u':' + target : target,
                            ReferenceUse::CreatesTag, console);
    if (!to)
        return ExitFailure;
    if (to->domain() != from->domain() || to->hasDigest()) {
        console.err(usageError(QStringLiteral("berthctl retag"),
                               tr("NEWTAG must be a tag in the same registry; to copy to another "
                                  "registry, use berthctl copy")));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto credentials = readCredentials(parser, options, console, &exitCode);
    if (!credentials)
        return exitCode;
    const auto endpoint = endpointFor(from->domain(), {}, parser, options, global, console);
    const auto policy = retryPolicyFor(parser, options, QStringLiteral("berthctl retag"), console);
    if (!endpoint || !policy)
        return ExitUsage;
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::RegistryRetag;
    spec.references = {from->normalized(), to->normalized()};
    spec.sourceRegistry = registryConfig(parser, options, global);
    const auto logins = std::make_shared<CommandLineLogins>();
    spec.login = logins->use(from->domain(), *credentials);
    spec.registryRetry = *policy;
    const auto result =
        runAsJob(spec, logins, global, console, parser.isSet(options.json), &exitCode);
    if (!result)
        return exitCode;
    if (parser.isSet(options.json))
        printJson(console, {{QStringLiteral("reference"), to->normalized()},
                            {QStringLiteral("digest"), *result}});
    else
        console.err(tr("Tagged %1 as %2 (%3)\n").arg(from->familiar(), to->familiar(), *result));
    return ExitOk;
}

int RemoteImageCommand::runDelete(const QStringList &args, const GlobalOptions &global,
                                  const Console &console)
{
    QCommandLineParser parser;
    const RegistryOptions options;
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Delete without asking (required without a terminal)."));
    const QCommandLineOption allTags(
        QStringLiteral("all-tags"),
        tr("When the registry cannot untag, delete the manifest with every tag that names it."));
    parser.setApplicationDescription(
        tr("Delete an image from a registry (not from the engine: that is 'images rm'). The "
           "reference names its registry host; berthctl lists the digest and every tag that "
           "goes with it, then asks."));
    parser.addPositionalArgument(QStringLiteral("REFERENCE"), tr("registry/name:tag or @digest"));
    parser.addOptions({options.username, options.passwordStdin, options.insecure, options.caFile,
                       options.certsDir, options.json, options.retries, options.retryTimeout, yes,
                       allTags});
    if (const auto code =
            parseArguments(parser, QStringLiteral("berthctl delete"), args, console, 1, 1))
        return *code;
    const QString argument = parser.positionalArguments().first();
    const auto reference = parseImageReference(argument, ReferenceUse::Read, console);
    if (!reference)
        return ExitFailure;
    if (!namesItsRegistry(argument, *reference)) {
        console.err(usageError(QStringLiteral("berthctl delete"),
                               tr("'%1' names no registry host; write it out, e.g. "
                                  "%2/%3")
                                   .arg(argument, reference->domain(), reference->path())));
        return ExitUsage;
    }
    const bool terminal = ::isatty(STDIN_FILENO) == 1 && !parser.isSet(options.passwordStdin);
    if (!parser.isSet(yes) && !terminal) {
        console.err(usageError(QStringLiteral("berthctl delete"),
                               tr("without a terminal to ask on, give --yes")));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto given = readCredentials(parser, options, console, &exitCode);
    if (!given)
        return exitCode;
    const auto endpoint = endpointFor(reference->domain(), {}, parser, options, global, console);
    const auto policy = retryPolicyFor(parser, options, QStringLiteral("berthctl delete"), console);
    if (!endpoint || !policy)
        return ExitUsage;
    const bool jsonOut = parser.isSet(options.json);
    // No -u: the login `berthctl login` kept, or Docker's.
    const auto logins = std::make_shared<CommandLineLogins>();
    const LoginRef login = logins->use(reference->domain(), *given);
    logins->openStored();
    const auto credentials = StoredLogins::findNow(*logins, login);
    if (!credentials)
        return reportFailure(credentials.error(), console, jsonOut ? argument : QString());
    RegistrySession session(*endpoint, *credentials, *policy, console);
    RegistryClient &client = session.client();
    const QString repository = reference->path();
    auto fail = [&](const Error &error) {
        return reportFailure(error, console, jsonOut ? argument : QString());
    };

    const auto manifest = session.wait<ManifestResponse>([&](QObject *context, auto done) {
        client.manifest(*reference, context, done);
        return std::function<void()>();
    });
    if (!manifest)
        return fail(manifest.error());
    const QString digest = manifest->digest;
    const auto tags = session.wait<QStringList>([&](QObject *context, auto done) {
        client.tags(repository, 0, context, done);
        return std::function<void()>();
    });
    if (!tags)
        return fail(tags.error());
    QStringList sharing;
    for (const QString &tag : *tags) {
        const QString text = reference->domain() + u'/' + repository + u':' + tag;
        const auto tagged = ImageReference::parse(text);
        if (!tagged)
            continue;
        const auto head = session.wait<ContentHead>([&](QObject *context, auto done) {
            client.manifestHead(*tagged, context, done);
            return std::function<void()>();
        });
        if (head && head->digest == digest)
            sharing.append(tag);
    }
    const bool byTag = reference->hasTag() && !reference->hasDigest();
    console.err(tr("%1/%2@%3\n").arg(reference->domain(), repository, digest));
    console.err(sharing.isEmpty()
                    ? tr("  no tag names it\n")
                    : tr("  tags that name it: %1\n").arg(sharing.join(QStringLiteral(", "))));
    if (!parser.isSet(yes)) {
        const QString question = byTag && sharing.size() > 1
                                     ? tr("Delete the tag %1? [y/N] ").arg(reference->tag())
                                     : tr("Delete this manifest and every tag above? [y/N] ");
        if (!console.askYes(question)) {
            console.err(tr("Nothing deleted.\n"));
            return ExitFailure;
        }
    }
    // Each deletion is a job of the pool, with its entry in the job history as copies and
    // retags have; the listing and the question above are not.
    const auto runner = JobRunner::open(global, console);
    if (!runner)
        return ExitUsage;
    auto deleteRef = [&](const QString &ref) {
        Jobs::JobSpec spec;
        spec.kind = Jobs::JobKind::RegistryDelete;
        spec.references = {reference->domain() + u'/' + repository +
                           (ref.startsWith(QStringLiteral("sha256:")) ? u'@' : u':') + ref};
        spec.sourceRegistry = registryConfig(parser, options, global);
        spec.login = login;
        spec.registryRetry = *policy;
        return runJob(*runner, spec, logins);
    };
    QStringList deletedTags = sharing;
    if (byTag && sharing.size() > 1) {
        // Untag where the registry can (OCI 1.1, Distribution 3); 2.8 answers 400.
        const auto untag = deleteRef(reference->tag());
        if (untag) {
            deletedTags = {reference->tag()};
        } else if (!parser.isSet(allTags)) {
            console.err(tr("berthctl: %1\nberthctl: the tags %2 name the same manifest; "
                           "--all-tags deletes it with all of them\n")
                            .arg(untag.error().message(), sharing.join(QStringLiteral(", "))));
            return ExitFailure;
        } else {
            const auto deleted = deleteRef(digest);
            if (!deleted)
                return fail(deleted.error());
        }
    } else {
        const auto deleted = deleteRef(digest);
        if (!deleted)
            return fail(deleted.error());
    }
    if (jsonOut) {
        QJsonObject object{{QStringLiteral("digest"), digest},
                           {QStringLiteral("tags"), QJsonArray::fromStringList(deletedTags)}};
        printJson(console, object);
    } else {
        console.err(tr("Deleted %1 (%2)\n")
                        .arg(digest, deletedTags.isEmpty()
                                         ? tr("no tag")
                                         : deletedTags.join(QStringLiteral(", "))));
    }
    return ExitOk;
}

} // namespace Berth::Cli
