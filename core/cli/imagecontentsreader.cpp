// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/imagecontentsreader.h"

#include "archive/layercache.h"
#include "cli/commandline.h"
#include "cli/engineerror.h"
#include "cli/enginesession.h"
#include "cli/referencecheck.h"
#include "cli/registrysession.h"
#include "cli/storedlogins.h"
#include "engine/localimagecontents.h"
#include "registry/remoteimagecontents.h"

#include <QFile>

namespace Berth::Cli {

Result<Archive::ImageContents> ImageContentsReader::fromEngine(EngineSession &session,
                                                               const QString &name)
{
    Archive::ImageArchiveReader::Options options;
    options.cache = &Archive::LayerCache::shared();
    const auto images = session.wait<QList<Archive::ArchivedImage>>([&](QObject *context,
                                                                        auto done) {
        return Engine::LocalImageContents::read(&session.client(), {name}, options, context, done);
    });
    if (!images)
        return images.error();
    // One name, one image: docker save writes a manifest entry per image asked for.
    return Archive::ImageContents::of(images->first());
}

namespace {
const QLatin1StringView RemotePrefix("docker://");
} // namespace

bool ImageContentsReader::isRemote(const QString &name)
{
    return name.startsWith(RemotePrefix);
}

Result<Archive::ImageContents> ImageContentsReader::fromRegistry(const QString &name,
                                                                 const RemoteReadOptions &remote,
                                                                 const GlobalOptions &global,
                                                                 const Console &console)
{
    const auto reference =
        parseImageReference(name.mid(RemotePrefix.size()), ReferenceUse::Read, console);
    if (!reference)
        return Error(ErrorKind::Invalid, tr("invalid reference '%1'").arg(name));
    // The login `berthctl login` kept for the registry, if any; the keychain only then.
    Registry::Credentials credentials;
    if (const auto source = StoredLogins::sourceFor({reference->domain()})) {
        const auto stored = StoredLogins::findNow(*source, {reference->domain(), {}});
        if (!stored)
            return stored.error();
        credentials = *stored;
    }
    const auto endpoint = endpointFor(reference->domain(), remote.config, global, console);
    if (!endpoint)
        return Error(ErrorKind::Invalid, tr("no registry endpoint for '%1'").arg(name));
    RegistrySession session(*endpoint, credentials, Registry::RetryPolicy(), console);
    Registry::RemoteImageContents::Options options;
    options.cache = &Archive::LayerCache::shared();
    options.platform = remote.platform;
    const auto image = session.wait<Archive::ArchivedImage>([&](QObject *context, auto done) {
        QPointer<Registry::RemoteImageContents> read = Registry::RemoteImageContents::read(
            &session.client(), *reference, options, context, done);
        return std::function<void()>([read] {
            if (read)
                read->cancel();
        });
    });
    if (!image)
        return image.error();
    return Archive::ImageContents::of(*image);
}

std::optional<QList<Archive::ImageContents>>
ImageContentsReader::forCommand(const QStringList &names, const RemoteReadOptions &remote,
                                const GlobalOptions &global, const Console &console, int *exitCode)
{
    std::unique_ptr<EngineSession> session;
    QList<Archive::ImageContents> images;
    for (const QString &name : names) {
        if (!isRemote(name) && !session) {
            session = EngineSession::open(global, console);
            if (!session) {
                *exitCode = ExitUsage;
                return std::nullopt;
            }
        }
        auto contents = isRemote(name) ? fromRegistry(name, remote, global, console)
                                       : fromEngine(*session, name);
        if (!contents) {
            *exitCode = reportError(contents.error(), console);
            return std::nullopt;
        }
        images.append(std::move(contents).value());
    }
    return images;
}

Result<QList<Archive::ArchivedImage>> ImageContentsReader::fromFile(const QString &path,
                                                                    bool listLayers)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error(ErrorKind::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    Archive::DeviceByteSource source(&file);
    Archive::ImageArchiveReader::Options options;
    options.listLayers = listLayers;
    auto images = Archive::ImageArchiveReader::read(&source, options);
    if (!images)
        return images.error().withContext(path);
    return images;
}

ImageContentsCommandLine::ImageContentsCommandLine(QCommandLineParser &parser)
    : m_parser(parser)
    , m_platform(QStringLiteral("platform"),
                 tr("For a docker://REFERENCE naming an index: the image of os/arch[/variant] "
                    "(default: this machine's)."),
                 QStringLiteral("PLATFORM"))
{
    m_parser.addOptions({m_registry.insecure, m_registry.caFile, m_registry.certsDir, m_platform});
}

std::optional<int> ImageContentsCommandLine::parse(const QString &program, const QStringList &args,
                                                   const Console &console, int minPositional,
                                                   int maxPositional)
{
    if (auto code = parseArguments(m_parser, program, args, console, minPositional, maxPositional))
        return code;
    const Registry::Platform platform = Registry::Platform::parse(m_parser.value(m_platform));
    if (m_parser.isSet(m_platform) && (platform.os.isEmpty() || platform.architecture.isEmpty())) {
        console.err(
            usageError(program, tr("--platform takes os/arch[/variant], e.g. linux/arm64")));
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<QList<Archive::ImageContents>>
ImageContentsCommandLine::read(const GlobalOptions &global, const Console &console,
                               int *exitCode) const
{
    RemoteReadOptions remote;
    remote.config = registryConfig(m_parser, m_registry, global);
    remote.platform = Registry::Platform::parse(m_parser.value(m_platform));
    return ImageContentsReader::forCommand(m_parser.positionalArguments(), remote, global, console,
                                           exitCode);
}

} // namespace Berth::Cli
