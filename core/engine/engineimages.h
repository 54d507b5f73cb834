// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "engine/buildoptions.h"
#include "engine/registryauth.h"
#include "engine/transferprogress.h"
#include "http/httprequest.h"
#include "reference/imagereference.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Berth::Engine {

class EngineClient;
class EngineStream;

// What DELETE /images/{name} did.
struct RemovedImage
{
    QStringList untagged;
    QStringList deleted;
};

struct PruneReport
{
    QStringList deleted; // image ids
    QStringList untagged;
    qint64 spaceReclaimed = 0;
};

// Every image operation of the Engine API. Asynchronous like EngineClient: results go to
// the callback unless `context` died first. Operations that move data return their
// EngineStream, whose cancel() closes the connection (the daemon then stops the transfer).
class EngineImages final : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    using ProgressCallback = std::function<void(const TransferProgress &)>;

    explicit EngineImages(EngineClient *client, QObject *parent = nullptr);

    EngineClient *client() const { return m_client; }

    // name is a reference or an image id, passed to the daemon as given.
    void inspect(const QString &name, QObject *context, Callback<QJsonObject> done);
    void history(const QString &name, QObject *context, Callback<QJsonArray> done);
    void tag(const QString &source, const Reference::ImageReference &target, QObject *context,
             Callback<void> done);
    void remove(const QString &name, bool force, bool noPrune, QObject *context,
                Callback<RemovedImage> done);
    void pruneDangling(QObject *context, Callback<PruneReport> done);

    // platform is os[/arch[/variant]] or empty. The result is the final progress, with the
    // digest the daemon reported.
    EngineStream *pull(const Reference::ImageReference &reference, const QString &platform,
                       const RegistryAuth &auth, QObject *context, ProgressCallback progress,
                       Callback<TransferProgress> done);
    EngineStream *push(const Reference::ImageReference &reference, const RegistryAuth &auth,
                       QObject *context, ProgressCallback progress,
                       Callback<TransferProgress> done);

    // The file path that stands for this process's stdout (save) or stdin (load), as
    // berthctl's `-o -` and `-i -`: streamed, never kept in a file on the way.
    static bool isStandardStream(const QString &filePath) { return filePath == u"-"; }

    // GET /images/get for the names: docker save's tar as the body.
    static Http::HttpRequest saveRequest(const QStringList &names);

    // Streams `docker save` of the names into filePath through a temporary file that is
    // renamed on success and removed on failure or cancel (to stdout as it arrives, for
    // isStandardStream). Reports bytes written.
    EngineStream *save(const QStringList &names, const QString &filePath, QObject *context,
                       std::function<void(qint64)> bytesWritten, Callback<qint64> done);
    // Streams an image tarball (a file, or stdin for isStandardStream) to the daemon; the
    // result's streamLines() say what loaded.
    EngineStream *load(const QString &filePath, QObject *context, ProgressCallback progress,
                       Callback<TransferProgress> done);

    // Streams a build context (a tar made as it is read, see core/build) to the daemon's
    // classic builder; the result's streamLines() are the build's output and imageId() the
    // image it made. `registryLogins` go as X-Registry-Config, for private FROM images.
    // The context device must outlive the stream.
    EngineStream *build(const BuildOptions &options, QIODevice *contextTar,
                        const QList<RegistryAuth> &registryLogins, QObject *context,
                        ProgressCallback progress, Callback<TransferProgress> done);

    // The path segment for an image name: everything but '/', ':' and '@' percent-encoded.
    static QByteArray namePath(const QString &name);

private:
    EngineStream *progressOperation(EngineStream *stream, QObject *context,
                                    ProgressCallback progress, Callback<TransferProgress> done);

    EngineClient *m_client;
};

} // namespace Berth::Engine
