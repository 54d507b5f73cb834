// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/layercontents.h"
#include "archive/streampipe.h"
#include "base/result.h"
#include "registry/manifest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

namespace Berth::Registry {

class BlobPipe;
class RegistryClient;
class RemoteBlobSource;

// One layer blob of a registry listed as it arrives, never written to disk: the GET
// (RemoteBlobSource: resumed after a break, refused past the manifest's size) feeds a
// bounded pipe that a worker's LayerReader pulls from, and the GET waits while the worker is
// behind. The blob's SHA-256 is checked at its end: a listing whose bytes do not match the
// digest fails, so what a registry sends is trusted no more than a pull would trust it.
// done() runs on this object's thread; the reader may be deleted afterwards.
class LayerBlobReader final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<Archive::SharedLayerContents> &)>;
    using Progress = std::function<void(qint64 received, qint64 total)>;

    LayerBlobReader(RegistryClient *client, QString repository, Descriptor layer,
                    QObject *parent = nullptr);
    ~LayerBlobReader() override;

    void start(Progress progress, Done done);
    void cancel();

private:
    // Moves what the GET brought into the worker's pipe while it has room; at the blob's
    // end, checks its digest and ends the pipe.
    void pump();
    void endInput(std::optional<Error> error);
    void workerDone();

    RegistryClient *m_client;
    QString m_repository;
    Descriptor m_layer;
    Progress m_progress;
    Done m_done;
    RemoteBlobSource *m_source = nullptr;
    QPointer<BlobPipe> m_blob;
    std::shared_ptr<Archive::StreamPipe> m_pipe;
    std::shared_ptr<std::optional<Result<Archive::SharedLayerContents>>> m_result;
    QThread *m_worker = nullptr;
    bool m_inputEnded = false;
};

} // namespace Berth::Registry
