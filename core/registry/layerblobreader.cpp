// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/layerblobreader.h"

#include "archive/layerreader.h"
#include "registry/blobpipe.h"
#include "registry/remoteblobsource.h"

#include <QThread>

namespace Berth::Registry {

namespace {
// What one move into the worker's pipe takes from the GET at most.
constexpr qint64 PumpPiece = 256 * 1024;
} // namespace

LayerBlobReader::LayerBlobReader(RegistryClient *client, QString repository, Descriptor layer,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_layer(std::move(layer))
{}

LayerBlobReader::~LayerBlobReader()
{
    // The worker reads the pipe until it ends: end it, and wait, so that nothing outlives us.
    if (m_worker) {
        endInput(Error(ErrorKind::Cancelled, tr("cancelled")));
        m_worker->wait();
        delete m_worker;
    }
}

void LayerBlobReader::start(Progress progress, Done done)
{
    m_progress = std::move(progress);
    m_done = std::move(done);
    if (!m_layer.digest.startsWith(u"sha256:") || m_layer.size < 0) {
        m_done(Error(
            ErrorKind::Protocol,
            tr("layer %1: only sha256 digests with a size can be checked").arg(m_layer.digest)));
        return;
    }
    m_pipe = std::make_shared<Archive::StreamPipe>();
    m_pipe->setOnDrained([this] { QMetaObject::invokeMethod(this, &LayerBlobReader::pump); });
    m_source = new RemoteBlobSource(m_client, m_repository, m_layer.digest, m_layer.size, this);
    connect(m_source, &BlobSource::failed, this, [this](const Error &error) { endInput(error); });
    const auto blob = m_source->open();
    if (!blob) {
        m_done(blob.error());
        return;
    }
    m_blob = *blob;
    connect(m_blob, &QIODevice::readyRead, this, &LayerBlobReader::pump);

    m_result = std::make_shared<std::optional<Result<Archive::SharedLayerContents>>>();
    m_worker = QThread::create([pipe = m_pipe, result = m_result] {
        auto contents = std::make_shared<Archive::LayerContents>();
        auto stats = Archive::LayerReader::read(pipe.get(), [&](const Archive::TarEntry &entry) {
            contents->entries.append(entry);
            return true;
        });
        // The tar may end before the blob does (padding): the digest covers every byte.
        while (stats) {
            const auto piece = pipe->next();
            if (!piece)
                stats = piece.error();
            else if (piece->isEmpty())
                break;
        }
        pipe->closeReader();
        if (!stats) {
            *result = Result<Archive::SharedLayerContents>(stats.error());
            return;
        }
        contents->stats = *stats;
        *result =
            Result<Archive::SharedLayerContents>(Archive::SharedLayerContents(std::move(contents)));
    });
    connect(m_worker, &QThread::finished, this, &LayerBlobReader::workerDone);
    m_worker->start();
}

void LayerBlobReader::cancel()
{
    if (m_source)
        m_source->stop();
    endInput(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void LayerBlobReader::pump()
{
    if (!m_blob || m_inputEnded)
        return;
    while (!m_pipe->full() && m_blob->bytesAvailable() > 0)
        m_pipe->push(m_blob->read(PumpPiece));
    if (m_progress)
        m_progress(m_blob->delivered(), m_layer.size);
    if (!m_blob->atEnd())
        return;
    const QString actual = m_blob->deliveredDigest();
    if (actual != m_layer.digest)
        endInput(Error(ErrorKind::Protocol, tr("layer %1: the registry sent bytes whose digest "
                                               "is %2")
                                                .arg(m_layer.digest, actual)));
    else
        endInput(std::nullopt);
}

void LayerBlobReader::endInput(std::optional<Error> error)
{
    if (m_inputEnded || !m_pipe)
        return;
    m_inputEnded = true;
    m_pipe->finish(std::move(error));
}

void LayerBlobReader::workerDone()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    // The worker stopped before the blob's end (a damaged layer): stop the GET.
    if (m_source)
        m_source->stop();
    m_inputEnded = true;
    const auto result = **m_result;
    if (m_done)
        m_done(result);
}

} // namespace Berth::Registry
