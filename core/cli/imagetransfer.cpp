// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl images pull, push, save, load: the operations that move data, run as jobs of
// the pool, with progress on stderr and Ctrl-C to cancel.
#include "base/humanformat.h"
#include "base/jsonlinewriter.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/imagesubcommands.h"
#include "cli/jobrunner.h"
#include "cli/jsonfailure.h"
#include "cli/loadpreview.h"
#include "cli/passwordinput.h"
#include "cli/referencecheck.h"
#include "cli/storedlogins.h"
#include "credentials/sessioncredentials.h"
#include "engine/engineimages.h"
#include "jobs/jobrecord.h"
#include "reference/imagereference.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace Berth::Cli::ImageSubcommands {

namespace {

using Reference::ImageReference;

struct CredentialOptions
{
    QCommandLineOption username{{QStringLiteral("u"), QStringLiteral("username")},
                                ImagesText::tr("Registry user name."),
                                QStringLiteral("USER")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     ImagesText::tr("Read the registry password from stdin; "
                                                    "without it, -u asks on the terminal.")};
};

// The registry credentials given on the command line (PasswordInput); anonymous when none.
std::optional<Credentials> readCredentials(const QCommandLineParser &parser,
                                           const CredentialOptions &options, const Console &console,
                                           int *exitCode)
{
    const auto login =
        PasswordInput::read(parser.isSet(options.username), parser.value(options.username),
                            parser.isSet(options.passwordStdin), console, exitCode);
    if (!login)
        return std::nullopt;
    Credentials credentials;
    credentials.username = login->username;
    credentials.password = login->password;
    return credentials;
}

// What pull and push share: a job per reference, at most --jobs at once, each one's
// reference and digest on stdout in the order given.
int runTransfers(const QCommandLineParser &parser, const CredentialOptions &credentials,
                 Jobs::JobKind kind, const QString &platform, const GlobalOptions &global,
                 const Console &console)
{
    const bool isPush = kind == Jobs::JobKind::Push;
    QList<ImageReference> references;
    for (const QString &text : parser.positionalArguments()) {
        const auto reference = parseImageReference(
            text, isPush ? ReferenceUse::Read : ReferenceUse::CreatesTag, console);
        if (!reference)
            return ExitFailure; // as docker: the grammar's reason, exit 1
        if (isPush && reference->hasDigest()) {
            console.err(ImagesText::tr("berthctl: push takes a tag, not a digest\n"));
            return ExitUsage;
        }
        references.append(*reference);
    }
    int exitCode = ExitOk;
    const auto given = readCredentials(parser, credentials, console, &exitCode);
    if (!given)
        return exitCode;
    // The jobs carry which login to use; the secret waits here (given on the command line)
    // or in the keychain (berthctl login) until a job starts.
    auto givenLogins = std::make_shared<Auth::SessionCredentials>();
    QStringList registries;
    for (const ImageReference &reference : std::as_const(references))
        registries.append(reference.domain());
    // Loads the keychain only when Berth keeps a login for one of them.
    const std::shared_ptr<CredentialSource> stored =
        given->isEmpty() ? StoredLogins::sourceFor(registries) : nullptr;
    const auto runner = JobRunner::open(global, console);
    if (!runner)
        return ExitUsage;
    QList<Jobs::JobSpec> specs;
    QStringList shown;
    for (const ImageReference &reference : std::as_const(references)) {
        Jobs::JobSpec spec;
        spec.kind = kind;
        spec.endpoint = runner->endpoint();
        // Push always names a tag; pull names what it was given, as docker does: with a
        // digest, the tag beside it too (it names the result locally).
        shown.append(isPush || !reference.hasDigest()
                         ? reference.name() + u':' + reference.effectiveTag()
                         : reference.normalized());
        spec.references = {shown.last()};
        spec.platform = platform;
        if (!given->isEmpty()) {
            givenLogins->add(reference.domain(), *given);
            spec.login = {reference.domain(), given->username};
        } else if (stored) {
            spec.login = {reference.domain(), {}};
        }
        specs.append(spec);
    }
    const auto records = runner->run(specs, stored ? stored : givenLogins);
    if (!records)
        return reportError(records.error(), console);
    QString out;
    for (qsizetype i = 0; i < records->size(); ++i) {
        const Jobs::JobRecord &job = records->at(i);
        const bool json = parser.isSet(QStringLiteral("json"));
        if (job.state != Jobs::JobState::Succeeded) {
            if (json)
                out += jsonFailureLine(shown.at(i), job.error ? job.error->message() : QString());
            continue;
        }
        if (json) {
            const QJsonObject object{{QStringLiteral("reference"), shown.at(i)},
                                     {QStringLiteral("digest"), job.digest}};
            out += QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
        } else {
            const bool named = job.digest.isEmpty() || references.at(i).hasDigest();
            out += shown.at(i) + (named ? QString() : u'@' + job.digest) + u'\n';
        }
    }
    console.out(out);
    return runner->exitCode(*records);
}

// Save and load: one job each.
std::optional<Jobs::JobRecord> runOne(Jobs::JobSpec spec, const GlobalOptions &global,
                                      const Console &console, int *exitCode)
{
    const auto runner = JobRunner::open(global, console);
    if (!runner) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    spec.endpoint = runner->endpoint();
    const auto records = runner->run({spec});
    if (!records) {
        *exitCode = reportError(records.error(), console);
        return std::nullopt;
    }
    // A save whose stdout reader left (`save | head`) ends quietly, as docker save ends by
    // SIGPIPE (Qt ignores SIGPIPE, so here the write fails with EPIPE instead).
    if (spec.kind == Jobs::JobKind::Save && Engine::EngineImages::isStandardStream(spec.filePath) &&
        records->first().error && console.outReaderGone()) {
        *exitCode = ExitBrokenPipe;
        return std::nullopt;
    }
    *exitCode = runner->exitCode(*records);
    return records->first();
}

} // namespace

int pull(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Pull images, at most --jobs at once; prints each reference and the "
                       "digest pulled."));
    parser.addPositionalArgument(QStringLiteral("NAME"), ImagesText::tr("NAME[:TAG|@DIGEST]"),
                                 QStringLiteral("NAME..."));
    const QCommandLineOption platformOption(QStringLiteral("platform"),
                                            ImagesText::tr("os[/arch[/variant]] to pull."),
                                            QStringLiteral("PLATFORM"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ImagesText::tr("Print one JSON object per image."));
    const CredentialOptions credentials;
    parser.addOptions(
        {platformOption, jsonOption, credentials.username, credentials.passwordStdin});
    if (const auto code = parseSubcommand(parser, QStringLiteral("pull"), args, console, 1, -1))
        return *code;
    return runTransfers(parser, credentials, Jobs::JobKind::Pull, parser.value(platformOption),
                        global, console);
}

int push(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Push images, at most --jobs at once; prints each reference and the "
                       "digest pushed."));
    parser.addPositionalArgument(QStringLiteral("NAME"), ImagesText::tr("NAME[:TAG]"),
                                 QStringLiteral("NAME..."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ImagesText::tr("Print one JSON object per image."));
    const CredentialOptions credentials;
    parser.addOptions({jsonOption, credentials.username, credentials.passwordStdin});
    if (const auto code = parseSubcommand(parser, QStringLiteral("push"), args, console, 1, -1))
        return *code;
    return runTransfers(parser, credentials, Jobs::JobKind::Push, QString(), global, console);
}

int save(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Save images to a tar file, as docker save does; compressed with gzip, "
                       "xz or zstd when FILE ends in .tar.gz (.tgz), .tar.xz (.txz) or .tar.zst "
                       "(.tzst); without -o, a plain tar to stdout when it is not a terminal."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), ImagesText::tr("Image names or IDs."),
                                 QStringLiteral("IMAGE..."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ImagesText::tr("The file to write, instead of stdout."),
                                          QStringLiteral("FILE"));
    parser.addOption(outputOption);
    if (const auto code = parseSubcommand(parser, QStringLiteral("save"), args, console, 1, -1))
        return *code;
    const bool toStdout = !parser.isSet(outputOption) || parser.value(outputOption) == u"-";
    if (toStdout && console.outIsTerminal()) {
        console.err(usageError(QStringLiteral("berthctl images save"),
                               ImagesText::tr("refusing to write a tarball to a terminal: give "
                                              "-o FILE or redirect stdout")));
        return ExitUsage;
    }
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Save;
    spec.references = parser.positionalArguments();
    // Stdout gets the tar as the daemon sends it (a reader that leaves early ends berthctl
    // with SIGPIPE, quietly, as it ends docker save).
    spec.filePath = toStdout ? QStringLiteral("-") : parser.value(outputOption);
    int exitCode = ExitOk;
    const auto job = runOne(spec, global, console, &exitCode);
    if (!job || exitCode != ExitOk)
        return exitCode;
    if (toStdout)
        return ExitOk;
    // bytesDone counts the daemon's tar; a compressed file is smaller, and says so.
    const qint64 onDisk = QFileInfo(spec.filePath).size();
    if (onDisk != job->progress.bytesDone)
        console.err(ImagesText::tr("Saved %1 to %2 (%3 compressed)\n")
                        .arg(HumanFormat::size(job->progress.bytesDone), spec.filePath,
                             HumanFormat::size(onDisk)));
    else
        console.err(ImagesText::tr("Saved %1 to %2\n")
                        .arg(HumanFormat::size(job->progress.bytesDone), spec.filePath));
    return ExitOk;
}

int load(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Load images from a tar file made by docker save or berthctl images save, "
                       "plain or compressed with gzip, xz or zstd (told by its first bytes, "
                       "whatever its name); without -i, from stdin."));
    const QCommandLineOption inputOption({QStringLiteral("i"), QStringLiteral("input")},
                                         ImagesText::tr("The file to read, instead of stdin."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        ImagesText::tr("Print a JSON object per loaded image ({\"image\": NAME:TAG} or {\"id\": "
                       "ID}), or the failure as {\"reference\": FILE, \"error\": ...}."));
    const QCommandLineOption previewOption(
        QStringLiteral("preview"),
        ImagesText::tr("Only show the images, tags and layers (with sizes) the archive holds, "
                       "from its manifest.json or index.json; load nothing."));
    parser.addOptions({inputOption, jsonOption, previewOption});
    if (const auto code = parseSubcommand(parser, QStringLiteral("load"), args, console, 0, 0))
        return *code;
    const bool fromStdin = !parser.isSet(inputOption) || parser.value(inputOption) == u"-";
    if (parser.isSet(previewOption) && !(fromStdin && ::isatty(STDIN_FILENO) == 1))
        return printLoadPreview(fromStdin ? QStringLiteral("-") : parser.value(inputOption),
                                parser.isSet(jsonOption), console);
    if (fromStdin && ::isatty(STDIN_FILENO) == 1) {
        console.err(usageError(QStringLiteral("berthctl images load"),
                               ImagesText::tr("give -i FILE or a tarball on stdin")));
        return ExitUsage;
    }
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Load;
    spec.filePath = fromStdin ? QStringLiteral("-") : parser.value(inputOption); // streamed
    int exitCode = ExitOk;
    const auto job = runOne(spec, global, console, &exitCode);
    const bool json = parser.isSet(jsonOption);
    if (!job || exitCode != ExitOk) {
        if (json && job && job->error)
            console.out(jsonFailureLine(fromStdin ? QStringLiteral("-") : spec.filePath,
                                        job->error->message()));
        return exitCode;
    }
    if (!json) {
        console.out(job->output.join(u'\n') +
                    (job->output.isEmpty() ? QString() : QStringLiteral("\n")));
        return ExitOk;
    }
    // The daemon's own lines, "Loaded image: NAME:TAG" or "Loaded image ID: ID", as objects.
    QByteArray out;
    JsonLineWriter line(out);
    for (const QString &loaded : std::as_const(job->output)) {
        static const QLatin1StringView idPrefix("Loaded image ID: ");
        static const QLatin1StringView imagePrefix("Loaded image: ");
        if (loaded.startsWith(idPrefix))
            line.field(QLatin1StringView("id"), QStringView(loaded).mid(idPrefix.size())).endLine();
        else if (loaded.startsWith(imagePrefix))
            line.field(QLatin1StringView("image"), QStringView(loaded).mid(imagePrefix.size()))
                .endLine();
    }
    console.outBytes(out);
    return ExitOk;
}

} // namespace Berth::Cli::ImageSubcommands
