// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagecontents.h"
#include "base/result.h"
#include "cli/command.h"

#include <QCoreApplication>

namespace Berth::Cli {

class EngineSession;

// Where berthctl layers, files and diff get an image's contents from: the local engine's
// docker save stream, listed as it arrives, or an image archive file.
class ImageContentsReader final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Cli::ImageContentsReader)

public:
    // The image NAME of the engine, its layers listed (each layer once per process).
    static Result<Archive::ImageContents> fromEngine(EngineSession &session, const QString &name);
    // Every image of an archive file ("-": stdin); without listLayers, only what its
    // manifest says (a load's preview).
    static Result<QList<Archive::ArchivedImage>> fromFile(const QString &path, bool listLayers);
};

} // namespace Berth::Cli
