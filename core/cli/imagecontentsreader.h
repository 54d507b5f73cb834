// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagecontents.h"
#include "base/result.h"
#include "cli/command.h"

#include <QCoreApplication>

#include <optional>

namespace Berth::Cli {

class EngineSession;

// Where berthctl layers, files and diff get an image's contents from: the local engine's
// docker save stream, listed as it arrives, a registry's blobs (a name given as
// docker://REFERENCE, with the login `berthctl login` kept), or an image archive file.
class ImageContentsReader final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::ImageContentsReader)

public:
    // The image NAME of the engine, its layers listed (each layer once per process).
    static Result<Archive::ImageContents> fromEngine(EngineSession &session, const QString &name);
    // The image REFERENCE of its registry, its layers streamed from their blobs.
    static Result<Archive::ImageContents>
    fromRegistry(const QString &reference, const GlobalOptions &global, const Console &console);
    // Whether NAME names a registry's image (docker://REFERENCE, as skopeo writes it).
    static bool isRemote(const QString &name);
    // What layers, files and diff start with: each image in turn, from the engine (its
    // session opened for the first local one) or its registry; on a failure, the message
    // is printed and exitCode set.
    static std::optional<QList<Archive::ImageContents>> forCommand(const QStringList &names,
                                                                   const GlobalOptions &global,
                                                                   const Console &console,
                                                                   int *exitCode);
    // Every image of an archive file ("-": stdin); without listLayers, only what its
    // manifest says (a load's preview).
    static Result<QList<Archive::ArchivedImage>> fromFile(const QString &path, bool listLayers);
};

} // namespace Berth::Cli
