// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/registrycommands.h"
#include "cli/registrysession.h"

#include "cli/commandline.h"

#include "base/humanformat.h"
#include "cli/engineerror.h"
#include "cli/jsonfailure.h"
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

std::optional<int> parse(QCommandLineParser &parser, const QString &name, const QStringList &args,
                         const Console &console)
{
    return parseArguments(parser, QStringLiteral("berthctl ") + name, args, console, 1, 1);
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
    const RegistryOptions options;
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
    const auto source =
        credentials->isEmpty() ? StoredLogins::sourceFor({address.domain}) : nullptr;
    if (source) {
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
    RegistrySession session(*endpoint, *credentials, *policy, console);
    RegistryClient &client = session.client();
    // A kept login the registry refuses (an ECR token that lapsed) is renewed once, and only
    // the refused request repeated.
    if (source && !credentials->isEmpty()) {
        client.authenticator().setRenewal(
            [source, registry = address.domain, &client](const Credentials &refused, auto done) {
                source->renew({registry, {}}, refused, &client, std::move(done));
            });
    }

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
        QString text =
            QStringLiteral("Digest:     %1\nMedia type: %2\n").arg(result->digest, m.mediaType());
        if (m.isIndex()) {
            text += QStringLiteral("Platforms:\n");
            for (const Descriptor &d : m.platformManifests())
                text += QStringLiteral("  %1  %2\n").arg(d.platform.toString(), -16).arg(d.digest);
        } else {
            text += QStringLiteral("Config:     %1\nLayers:\n").arg(m.config().digest);
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
