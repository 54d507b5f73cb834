// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/imagecontentsreader.h"

#include "archive/layercache.h"
#include "cli/engineerror.h"
#include "cli/enginesession.h"
#include "engine/localimagecontents.h"

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

std::optional<QList<Archive::ImageContents>>
ImageContentsReader::forCommand(const QStringList &names, const GlobalOptions &global,
                                const Console &console, int *exitCode)
{
    const auto session = EngineSession::open(global, console);
    if (!session) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    QList<Archive::ImageContents> images;
    for (const QString &name : names) {
        auto contents = fromEngine(*session, name);
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

} // namespace Berth::Cli
