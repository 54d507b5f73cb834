// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/registrycommands.h"

#include "cli/commandline.h"

#include "base/humanformat.h"
#include "cli/engineerror.h"
#include "cli/interruptiblewait.h"
#include "cli/jsonfailure.h"
#include "cli/passwordinput.h"
#include "cli/referencecheck.h"
#include "cli/stdiospool.h"
#include "cli/storedlogins.h"
#include "reference/imagereference.h"
#include "registry/blobdownload.h"
#include "registry/registryclient.h"
#include "registry/registryrequest.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace Berth::Cli {

namespace {

using Reference::ImageReference;
using namespace Berth::Registry;

struct Options
{
    QCommandLineOption username{{QStringLiteral("u"), QStringLiteral("username")},
                                RegistryCommand::tr("Registry user name."),
                                QStringLiteral("USER")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     RegistryCommand::tr("Read the password from stdin; without "
                                                         "it, -u asks on the terminal.")};
    QCommandLineOption insecure{
        QStringLiteral("insecure"),
        RegistryCommand::tr("Allow plain http and unverified TLS for this registry.")};
    QCommandLineOption caFile{QStringLiteral("ca-file"),
                              RegistryCommand::tr("Trust the CA certificates in FILE (PEM)."),
                              QStringLiteral("FILE")};
    QCommandLineOption certsDir{
        QStringLiteral("certs-dir"),
        RegistryCommand::tr("A certs.d folder as Docker reads it (<dir>/<host:port>/ca.crt, "
                            "client.cert, client.key)."),
        QStringLiteral("DIR")};
    QCommandLineOption json{QStringLiteral("json"),
                            RegistryCommand::tr("Print the result as JSON.")};
    QCommandLineOption retries{
        QStringLiteral("retries"),
        RegistryCommand::tr("Retry a transient fault (reset, stall, 429, 502-504) at most N "
                            "times (default 4)."),
        QStringLiteral("N")};
    QCommandLineOption retryTimeout{
        QStringLiteral("retry-timeout"),
        RegistryCommand::tr("Start no retry later than SECS after the first try (default 10)."),
        QStringLiteral("SECS")};
};

// berthctl's retry policy: a script learns soon that a registry is gone. Nothing listening
// on the loopback fails at once; elsewhere the retries stop at a deadline.
std::optional<RetryPolicy> retryPolicyFor(const QCommandLineParser &parser, const Options &options,
                                          const QString &program, const Console &console)
{
    RetryPolicy policy;
    policy.setFailFastOnLoopbackRefusal(true);
    bool ok = true;
    const int retries =
        parser.isSet(options.retries) ? parser.value(options.retries).toInt(&ok) : 4;
    if (!ok || retries < 0) {
        console.err(usageError(program, RegistryCommand::tr("--retries takes a whole number")));
        return std::nullopt;
    }
    const int seconds =
        parser.isSet(options.retryTimeout) ? parser.value(options.retryTimeout).toInt(&ok) : 10;
    if (!ok || seconds <= 0) {
        console.err(usageError(
            program, RegistryCommand::tr("--retry-timeout takes a whole number above 0")));
        return std::nullopt;
    }
    policy.setMaxTries(retries + 1);
    policy.setDeadline(std::chrono::seconds(seconds));
    return policy;
}

// The library says what happened; the command line knows the option that allows it. With
// --json (`reference` set), the failure is also a JSON line on stdout.
int reportFailure(const Error &error, const Console &console, const QString &reference = {})
{
    const Error shown =
        error.message().endsWith(RegistryRequest::plainHttpAnswerText())
            ? Error(error.kind(),
                    error.message() + RegistryCommand::tr(": use --insecure if you trust it"))
            : error;
    if (!reference.isEmpty())
        console.out(jsonFailureLine(reference, shown.message()));
    return reportRegistryError(shown, console);
}

// One registry, and a way to wait for an asynchronous result while Ctrl-C cancels it.
class Session final
{
public:
    Session(const RegistryEndpoint &endpoint, const Credentials &credentials,
            const RetryPolicy &policy, const Console &console)
        : m_client(new RegistryClient(endpoint, credentials, &m_context))
        , m_interrupt(new Interrupt(&m_context))
    {
        m_client->retryPolicy() = policy;
        QObject::connect(
            m_client, &RegistryClient::retrying, &m_context,
            [&console, maxTries = m_client->retryPolicy().maxTries()](
                const QString &what, int nextTry, qint64 delayMs, const QString &reason) {
                console.err(RegistryCommand::tr("%1: %2; retrying in %3 s (try %4 of %5)\n")
                                .arg(what, reason)
                                .arg(static_cast<double>(delayMs) / 1000.0, 0, 'f', 1)
                                .arg(nextTry)
                                .arg(maxTries));
            });
        QObject::connect(m_client, &RegistryClient::warning, &m_context,
                         [&console](const QString &text) {
                             console.err(RegistryCommand::tr("warning: %1\n").arg(text));
                         });
    }

    RegistryClient &client() { return *m_client; }

    // Runs start(context, done) until done; Ctrl-C calls the cancel function start returned
    // and ends the wait at once.
    template<typename T, typename Start> Result<T> wait(Start start)
    {
        return interruptibleWait<T>(
            *m_interrupt, RegistryCommand::tr("cancelled"),
            [&start](QObject *context, std::function<void(const Result<T> &)> done) -> Canceller {
                std::function<void()> cancel = start(context, done);
                return [cancel] {
                    if (cancel)
                        cancel();
                    return false;
                };
            });
    }

private:
    QObject m_context;
    RegistryClient *m_client;
    Interrupt *m_interrupt;
};

std::optional<int> parse(QCommandLineParser &parser, const QString &name, const QStringList &args,
                         const Console &console)
{
    return parseArguments(parser, QStringLiteral("berthctl ") + name, args, console, 1, 1);
}

std::optional<Credentials> readCredentials(const QCommandLineParser &parser, const Options &options,
                                           const Console &console, int *exitCode)
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

// A registry as catalog takes it: host[:port], or a URL with its scheme (which then
// decides between http and https) and no path. The domain is empty when it is neither.
struct RegistryAddress
{
    QString domain;
    QUrl base; // set when a scheme was given
};

RegistryAddress parseRegistryAddress(const QString &text)
{
    if (!text.contains(QStringLiteral("://")))
        return {text.contains(u'/') ? QString() : text, {}};
    const QUrl url(text, QUrl::StrictMode);
    const bool bare = url.path().isEmpty() || url.path() == u"/";
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || !bare ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return {};
    const QString domain =
        url.host() + (url.port() > 0 ? u':' + QString::number(url.port()) : QString());
    return {domain, QUrl(url.scheme() + QStringLiteral("://") + domain)};
}

std::optional<RegistryEndpoint> endpointFor(const QString &domain, const QUrl &base,
                                            const QCommandLineParser &parser,
                                            const Options &options, const GlobalOptions &global,
                                            const Console &console)
{
    RegistryConfig config;
    config.endpointOverride = base;
    config.insecure = parser.isSet(options.insecure);
    config.caFile = parser.value(options.caFile);
    config.certsDirRoot = parser.value(options.certsDir);
    if (global.timeoutSeconds > 0)
        config.idleTimeoutMs = global.timeoutSeconds * 1000;
    const auto endpoint = RegistryEndpoint::resolve(domain, config);
    if (!endpoint) {
        console.err(QStringLiteral("berthctl: ") + endpoint.error().message() + u'\n');
        return std::nullopt;
    }
    return *endpoint;
}

QJsonObject descriptorJson(const Descriptor &d)
{
    QJsonObject o{{QStringLiteral("mediaType"), d.mediaType},
                  {QStringLiteral("digest"), d.digest},
                  {QStringLiteral("size"), d.size}};
    if (!d.platform.isEmpty())
        o.insert(QStringLiteral("platform"), d.platform.toString());
    return o;
}

int printList(const Result<QStringList> &result, bool json, const QString &key,
              const QString &argument, const Console &console)
{
    if (!result)
        return reportFailure(result.error(), console, json ? argument : QString());
    if (json) {
        const QJsonObject object{{key, QJsonArray::fromStringList(*result)}};
        console.out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                    u'\n');
    } else {
        for (const QString &item : *result)
            console.out(item + u'\n');
    }
    return ExitOk;
}

} // namespace

QString RegistryCommand::name() const
{
    switch (m_kind) {
    case Kind::Catalog:
        return QStringLiteral("catalog");
    case Kind::Tags:
        return QStringLiteral("tags");
    case Kind::Manifest:
        return QStringLiteral("manifest");
    case Kind::Blob:
        return QStringLiteral("blob");
    }
    return {};
}

QString RegistryCommand::summary() const
{
    switch (m_kind) {
    case Kind::Catalog:
        return tr("List a registry's repositories: catalog REGISTRY");
    case Kind::Tags:
        return tr("List a repository's tags: tags REPOSITORY");
    case Kind::Manifest:
        return tr("Show an image's manifest or index: manifest REFERENCE");
    case Kind::Blob:
        return tr("Download a blob, checking its digest: blob REFERENCE@DIGEST -o FILE");
    }
    return {};
}

int RegistryCommand::run(const QStringList &args, const GlobalOptions &global,
                         const Console &console)
{
    QCommandLineParser parser;
    const Options options;
    parser.addOptions({options.username, options.passwordStdin, options.insecure, options.caFile,
                       options.certsDir, options.retries, options.retryTimeout});
    const QCommandLineOption platformOption(QStringLiteral("platform"),
                                            tr("os/arch[/variant] to pick from an index."),
                                            QStringLiteral("PLATFORM"));
    const QCommandLineOption rawOption(
        QStringLiteral("raw"), tr("Print the manifest's bytes exactly as the registry sent them."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The file to write (required); - for stdout."),
                                          QStringLiteral("FILE"));
    switch (m_kind) {
    case Kind::Catalog:
        parser.setApplicationDescription(
            tr("List the repositories of a registry (host[:port]), every page."));
        parser.addPositionalArgument(
            QStringLiteral("REGISTRY"),
            tr("host[:port], e.g. localhost:5000, or a URL: http://host[:port] or "
               "https://host[:port]"));
        parser.addOption(options.json);
        break;
    case Kind::Tags:
        parser.setApplicationDescription(tr("List the tags of a repository, every page."));
        parser.addPositionalArgument(QStringLiteral("REPOSITORY"),
                                     tr("[host[:port]/]name, without a tag or digest"));
        parser.addOption(options.json);
        break;
    case Kind::Manifest:
        parser.setApplicationDescription(
            tr("Show the manifest or index an image reference names."));
        parser.addPositionalArgument(QStringLiteral("REFERENCE"), tr("NAME[:TAG|@DIGEST]"));
        parser.addOptions({options.json, platformOption, rawOption});
        break;
    case Kind::Blob:
        parser.setApplicationDescription(
            tr("Download a blob; the file is written only if its digest matches."));
        parser.addPositionalArgument(QStringLiteral("REFERENCE"), tr("NAME@DIGEST"));
        parser.addOptions({options.json, outputOption});
        break;
    }
    if (const auto code = parse(parser, name(), args, console))
        return *code;
    const QString argument = parser.positionalArguments().first();
    const bool json = parser.isSet(options.json);

    std::optional<ImageReference> reference;
    RegistryAddress address = parseRegistryAddress(argument);
    if (m_kind == Kind::Catalog && address.domain.isEmpty()) {
        console.err(
            usageError(QStringLiteral("berthctl catalog"),
                       tr("'%1' is not host[:port] nor http(s)://host[:port]").arg(argument)));
        return ExitUsage;
    }
    if (m_kind != Kind::Catalog) {
        reference = parseImageReference(argument, ReferenceUse::Read, console);
        if (!reference)
            return ExitFailure; // as docker and skopeo: the grammar's reason, exit 1
        address = {reference->domain(), {}};
    }
    // As skopeo: a repository's tags are asked of the repository, not of a tag of it.
    if (m_kind == Kind::Tags && (reference->hasTag() || reference->hasDigest())) {
        console.err(usageError(QStringLiteral("berthctl tags"),
                               tr("No tag or digest allowed in reference '%1'").arg(argument)));
        return ExitUsage;
    }
    if (m_kind == Kind::Blob && (!reference->hasDigest() || !parser.isSet(outputOption))) {
        console.err(tr("berthctl blob: give NAME@DIGEST and -o FILE\n"));
        return ExitUsage;
    }
    int credentialsExit = ExitOk;
    auto credentials = readCredentials(parser, options, console, &credentialsExit);
    if (!credentials)
        return credentialsExit;
    // No --username: the login `berthctl login` kept, if any; the keychain is loaded only then.
    if (const auto source = credentials->isEmpty() ? StoredLogins::sourceFor({address.domain}) : nullptr) {
        const auto stored = StoredLogins::findNow(*source, {address.domain, {}});
        if (!stored)
            return reportFailure(stored.error(), console, json ? argument : QString());
        credentials = *stored;
    }
    const auto endpoint =
        endpointFor(address.domain, address.base, parser, options, global, console);
    if (!endpoint)
        return ExitUsage;
    const auto policy =
        retryPolicyFor(parser, options, QStringLiteral("berthctl ") + name(), console);
    if (!policy)
        return ExitUsage;
    Session session(*endpoint, *credentials, *policy, console);
    RegistryClient &client = session.client();

    switch (m_kind) {
    case Kind::Catalog: {
        const auto result = session.wait<QStringList>([&](QObject *context, auto done) {
            client.catalog(0, context, done);
            return std::function<void()>();
        });
        return printList(result, json, QStringLiteral("repositories"), argument, console);
    }
    case Kind::Tags: {
        const auto result = session.wait<QStringList>([&](QObject *context, auto done) {
            client.tags(reference->path(), 0, context, done);
            return std::function<void()>();
        });
        return printList(result, json, QStringLiteral("tags"), argument, console);
    }
    case Kind::Manifest: {
        const Platform platform = Platform::parse(parser.value(platformOption));
        const auto result = session.wait<ManifestResponse>([&](QObject *context, auto done) {
            client.manifestForPlatform(*reference, platform, context, done);
            return std::function<void()>();
        });
        if (!result)
            return reportFailure(result.error(), console, json ? argument : QString());
        const Manifest &m = result->manifest;
        if (parser.isSet(rawOption)) {
            console.outBytes(result->bytes);
            return ExitOk;
        }
        if (json) {
            QJsonObject object{{QStringLiteral("reference"), reference->normalized()},
                               {QStringLiteral("digest"), result->digest},
                               {QStringLiteral("mediaType"), m.mediaType()},
                               {QStringLiteral("size"), result->bytes.size()}};
            if (m.isIndex()) {
                QJsonArray manifests;
                QJsonArray platforms;
                for (const Descriptor &d : m.manifests())
                    manifests.append(descriptorJson(d));
                for (const Descriptor &d : m.platformManifests())
                    platforms.append(d.platform.toString());
                object.insert(QStringLiteral("manifests"), manifests);
                object.insert(QStringLiteral("platforms"), platforms);
            } else {
                QJsonArray layers;
                for (const Descriptor &d : m.layers())
                    layers.append(descriptorJson(d));
                object.insert(QStringLiteral("config"), descriptorJson(m.config()));
                object.insert(QStringLiteral("layers"), layers);
            }
            if (!result->warnings.isEmpty())
                object.insert(QStringLiteral("warnings"),
                              QJsonArray::fromStringList(result->warnings));
            console.out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                        u'\n');
            return ExitOk;
        }
        QString text = tr("Digest:     %1\nMedia type: %2\n").arg(result->digest, m.mediaType());
        if (m.isIndex()) {
            text += tr("Platforms:\n");
            for (const Descriptor &d : m.platformManifests())
                text += QStringLiteral("  %1  %2\n").arg(d.platform.toString(), -16).arg(d.digest);
        } else {
            text += tr("Config:     %1\nLayers:\n").arg(m.config().digest);
            for (const Descriptor &d : m.layers())
                text += QStringLiteral("  %1  %2\n").arg(d.digest, HumanFormat::size(d.size));
        }
        console.out(text);
        return ExitOk;
    }
    case Kind::Blob: {
        // "-o -": stdout, once the blob is complete and its digest checked.
        const bool toStdout = parser.value(outputOption) == u"-";
        StdioSpool spool;
        QSaveFile file(toStdout ? spool.path() : parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly)) {
            console.err(
                tr("berthctl: cannot write %1: %2\n").arg(file.fileName(), file.errorString()));
            return ExitFailure;
        }
        // The size first: the download then knows when it has everything, and refuses more.
        const auto head = session.wait<ContentHead>([&](QObject *context, auto done) {
            client.blobHead(reference->path(), reference->digest(), context, done);
            return std::function<void()>();
        });
        if (!head) {
            file.cancelWriting();
            return reportFailure(head.error(), console, json ? argument : QString());
        }
        const bool terminal = console.errIsTerminal();
        const auto result = session.wait<qint64>([&](QObject *context, auto done) {
            BlobDownload *download =
                client.downloadBlob(reference->path(), reference->digest(), head->size, &file);
            QPointer<BlobDownload> guard(download);
            QObject::connect(download, &BlobDownload::finished, context,
                             [done](const Result<qint64> &r) { done(r); });
            QObject::connect(download, &BlobDownload::progress, context,
                             [&console, terminal](qint64 received, qint64) {
                                 if (terminal)
                                     console.err(
                                         QStringLiteral("\r\x1b[2K") +
                                         tr("Downloading: %1").arg(HumanFormat::size(received)));
                             });
            download->start();
            return std::function<void()>([guard] {
                if (guard)
                    guard->cancel();
            });
        });
        if (terminal)
            console.err(QStringLiteral("\r\x1b[2K"));
        if (!result) {
            file.cancelWriting(); // nothing partial is kept
            return reportFailure(result.error(), console, json ? argument : QString());
        }
        if (!file.commit()) {
            console.err(
                tr("berthctl: cannot write %1: %2\n").arg(file.fileName(), file.errorString()));
            return ExitFailure;
        }
        if (toStdout) {
            if (const auto problem = spool.copyToStdout(console)) {
                console.err(tr("berthctl: cannot read %1: %2\n").arg(spool.path(), *problem));
                return ExitFailure;
            }
            return ExitOk;
        }
        if (json) {
            const QJsonObject object{{QStringLiteral("digest"), reference->digest()},
                                     {QStringLiteral("size"), *result},
                                     {QStringLiteral("file"), file.fileName()}};
            console.out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                        u'\n');
        } else {
            console.err(tr("Wrote %1 (%2) to %3\n")
                            .arg(reference->digest(), HumanFormat::size(*result), file.fileName()));
        }
        return ExitOk;
    }
    }
    return ExitFailure;
}

} // namespace Berth::Cli
