// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/fileblobsource.h"

#include "registry/blobpipe.h"

namespace Berth::Registry {

FileBlobSource::FileBlobSource(QString path, QObject *parent)
    : BlobSource(parent)
    , m_path(std::move(path))
{}

Result<BlobPipe *> FileBlobSource::open()
{
    stop();
    m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, m_file.errorString()).withContext(m_path);
    m_pipe = new BlobPipe(BlobPipe::DefaultLimit, this);
    // Queued: the pipe signals from inside the reader's read().
    connect(m_pipe, &BlobPipe::spaceAvailable, this, &FileBlobSource::feed, Qt::QueuedConnection);
    feed();
    return m_pipe.data();
}

void FileBlobSource::stop()
{
    if (m_pipe) {
        m_pipe->disconnect(this);
        m_pipe->deleteLater();
    }
    m_pipe = nullptr;
}

void FileBlobSource::feed()
{
    while (m_pipe && !m_pipe->full()) {
        const QByteArray piece = m_file.read(PieceSize);
        if (piece.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError)
                Q_EMIT failed(Error(ErrorKind::Io, m_file.errorString()).withContext(m_path));
            else
                m_pipe->finishInput();
            return;
        }
        m_pipe->push(piece);
    }
}

} // namespace Berth::Registry
