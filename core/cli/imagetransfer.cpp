// SPDX-License-Identifier: GPL-3.0-or-later
// berthctl images pull, push, save, load: the operations that move data, with progress
// on stderr and Ctrl-C to cancel.
#include "base/humanformat.h"
#include "cli/engineerror.h"
#include "cli/enginesession.h"
#include "cli/imagesubcommands.h"
#include "cli/progressprinter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Berth::Cli::ImageSubcommands {

namespace {

using Engine::RegistryAuth;
using Engine::TransferProgress;
using Reference::ImageReference;

struct CredentialOptions
{
    QCommandLineOption username{{QStringLiteral("u"), QStringLiteral("username")},
                                ImagesText::tr("Registry user name."),
                                QStringLiteral("USER")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     ImagesText::tr("Read the registry password from stdin.")};
};

// Credentials for the reference's registry; the password only ever comes from stdin, so it
// never shows in the process list or shell history.
std::optional<RegistryAuth> readAuth(const QCommandLineParser &parser,
                                     const CredentialOptions &options,
                                     const ImageReference &reference, const Console &console)
{
    RegistryAuth auth;
    // The daemon keys Docker Hub's credentials by its legacy index address.
    auth.serverAddress = reference.domain() == ImageReference::defaultDomain()
                             ? QStringLiteral("https://index.docker.io/v1/")
                             : reference.domain();
    if (!parser.isSet(options.username) && !parser.isSet(options.passwordStdin))
        return auth;
    if (!parser.isSet(options.username) || !parser.isSet(options.passwordStdin)) {
        console.err(ImagesText::tr("berthctl: --username and --password-stdin go together\n"));
        return std::nullopt;
    }
    auth.username = parser.value(options.username);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        console.err(ImagesText::tr("berthctl: cannot read the password from stdin\n"));
        return std::nullopt;
    }
    QByteArray password = in.readAll();
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    auth.password = QString::fromUtf8(password);
    return auth;
}

std::optional<ImageReference> parseReference(const QString &text, const Console &console)
{
    const auto reference = ImageReference::parse(text);
    if (!reference) {
        console.err(ImagesText::tr("berthctl: invalid reference '%1': %2\n")
                        .arg(text, reference.error().message()));
        return std::nullopt;
    }
    return *reference;
}

// What pull and push share: the reference, the credentials, the engine, the progress on
// stderr and the result on stdout. `start` begins the operation itself.
using StartTransfer = std::function<Engine::EngineStream *(
    EngineSession &, const ImageReference &, const RegistryAuth &, QObject *,
    Engine::EngineImages::ProgressCallback, Engine::EngineImages::Callback<TransferProgress>)>;

int runTransfer(const QCommandLineParser &parser, const CredentialOptions &credentials, bool json,
                bool isPush, const GlobalOptions &global, const Console &console,
                const StartTransfer &start)
{
    const auto reference = parseReference(parser.positionalArguments().first(), console);
    if (!reference)
        return ExitUsage;
    if (isPush && reference->hasDigest()) {
        console.err(ImagesText::tr("berthctl: push takes a tag, not a digest\n"));
        return ExitUsage;
    }
    const auto auth = readAuth(parser, credentials, *reference, console);
    if (!auth)
        return ExitUsage;
    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;
    ProgressPrinter printer(console);
    const auto result = session->wait<TransferProgress>([&](QObject *context, auto done) {
        return start(
            *session, *reference, *auth, context,
            [&printer](const TransferProgress &p) { printer.update(p); }, done);
    });
    if (!result)
        return reportError(result.error(), console);
    printer.finish(*result);
    const QString shown =
        isPush ? reference->name() + u':' + reference->effectiveTag() : reference->pullReference();
    if (json) {
        const QJsonObject object{{QStringLiteral("reference"), shown},
                                 {QStringLiteral("digest"), result->digest()}};
        console.out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                    u'\n');
    } else {
        console.out(shown + (result->digest().isEmpty() ? QString() : u'@' + result->digest()) +
                    u'\n');
    }
    return ExitOk;
}

} // namespace

int pull(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Pull an image; prints the reference and the digest pulled."));
    parser.addPositionalArgument(QStringLiteral("NAME"), ImagesText::tr("NAME[:TAG|@DIGEST]"));
    const QCommandLineOption platformOption(QStringLiteral("platform"),
                                            ImagesText::tr("os[/arch[/variant]] to pull."),
                                            QStringLiteral("PLATFORM"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ImagesText::tr("Print the result as JSON."));
    const CredentialOptions credentials;
    parser.addOptions(
        {platformOption, jsonOption, credentials.username, credentials.passwordStdin});
    if (const auto code = parseSubcommand(parser, QStringLiteral("pull"), args, console, 1, 1))
        return *code;
    const QString platform = parser.value(platformOption);
    return runTransfer(
        parser, credentials, parser.isSet(jsonOption), false, global, console,
        [&platform](EngineSession &session, const ImageReference &reference,
                    const RegistryAuth &auth, QObject *context, auto progress, auto done) {
            return session.images().pull(reference, platform, auth, context, progress, done);
        });
}

int push(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Push an image; prints the reference and the digest pushed."));
    parser.addPositionalArgument(QStringLiteral("NAME"), ImagesText::tr("NAME[:TAG]"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ImagesText::tr("Print the result as JSON."));
    const CredentialOptions credentials;
    parser.addOptions({jsonOption, credentials.username, credentials.passwordStdin});
    if (const auto code = parseSubcommand(parser, QStringLiteral("push"), args, console, 1, 1))
        return *code;
    return runTransfer(parser, credentials, parser.isSet(jsonOption), true, global, console,
                       [](EngineSession &session, const ImageReference &reference,
                          const RegistryAuth &auth, QObject *context, auto progress, auto done) {
                           return session.images().push(reference, auth, context, progress, done);
                       });
}

int save(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Save images to a tar file, as docker save does."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), ImagesText::tr("Image names or IDs."),
                                 QStringLiteral("IMAGE..."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ImagesText::tr("The file to write (required)."),
                                          QStringLiteral("FILE"));
    parser.addOption(outputOption);
    if (const auto code = parseSubcommand(parser, QStringLiteral("save"), args, console, 1, -1))
        return *code;
    if (!parser.isSet(outputOption)) {
        console.err(ImagesText::tr("berthctl images save: -o FILE is required; Berth does not "
                                   "write a tarball to a terminal\n"));
        return ExitUsage;
    }
    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;
    const bool terminal = console.errIsTerminal();
    const auto result = session->wait<qint64>([&](QObject *context, auto done) {
        return session->images().save(
            parser.positionalArguments(), parser.value(outputOption), context,
            [&console, terminal](qint64 bytes) {
                if (terminal)
                    console.err(QStringLiteral("\r\x1b[2K") +
                                ImagesText::tr("Saving: %1").arg(HumanFormat::size(bytes)));
            },
            done);
    });
    if (terminal)
        console.err(QStringLiteral("\r\x1b[2K"));
    if (!result)
        return reportError(result.error(), console);
    console.err(ImagesText::tr("Saved %1 to %2\n")
                    .arg(HumanFormat::size(*result), parser.value(outputOption)));
    return ExitOk;
}

int load(const QStringList &args, const GlobalOptions &global, const Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImagesText::tr("Load images from a tar file made by docker save or berthctl images save."));
    const QCommandLineOption inputOption({QStringLiteral("i"), QStringLiteral("input")},
                                         ImagesText::tr("The file to read (required)."),
                                         QStringLiteral("FILE"));
    parser.addOption(inputOption);
    if (const auto code = parseSubcommand(parser, QStringLiteral("load"), args, console, 0, 0))
        return *code;
    if (!parser.isSet(inputOption)) {
        console.err(ImagesText::tr("berthctl images load: -i FILE is required\n"));
        return ExitUsage;
    }
    const auto session = EngineSession::open(global, console);
    if (!session)
        return ExitUsage;
    ProgressPrinter printer(console);
    const auto result = session->wait<TransferProgress>([&](QObject *context, auto done) {
        return session->images().load(
            parser.value(inputOption), context,
            [&printer](const TransferProgress &p) { printer.update(p); }, done);
    });
    if (!result)
        return reportError(result.error(), console);
    console.out(result->streamLines().join(u'\n') +
                (result->streamLines().isEmpty() ? QString() : QStringLiteral("\n")));
    return ExitOk;
}

} // namespace Berth::Cli::ImageSubcommands
