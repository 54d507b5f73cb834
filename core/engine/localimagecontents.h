// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagearchive.h"
#include "base/result.h"

#include <QObject>

#include <functional>

namespace Berth::Engine {

class EngineClient;
class EngineStream;

// The contents of local images, read from the engine's `docker save` stream
// (GET /images/get) as it arrives: the layers are listed on a worker thread and never
// written to disk, and the stream waits while the worker is behind. done() is called on
// the context's thread. The returned stream may be cancelled.
class LocalImageContents final
{
public:
    using Done = std::function<void(const Result<QList<Archive::ArchivedImage>> &)>;

    static EngineStream *read(EngineClient *client, const QStringList &names,
                              const Archive::ImageArchiveReader::Options &options, QObject *context,
                              Done done);
};

} // namespace Berth::Engine
