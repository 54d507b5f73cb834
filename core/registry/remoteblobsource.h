// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/blobsource.h"

#include <QPointer>

namespace Berth::Registry {

class RegistryClient;
class RequestHandle;

// A blob streamed from another registry's GET straight into an upload's pipe: the GET pauses
// while the pipe is full (its socket buffer fills and TCP slows the sender), so memory stays
// bounded whatever the blob's size. A connection that breaks mid-blob resumes with
// `Range: bytes=N-`; an answer that cannot continue where the pipe is fails the source (the
// upload then starts over with a fresh open()).
class RemoteBlobSource final : public BlobSource
{
    Q_OBJECT

public:
    RemoteBlobSource(RegistryClient *client, QString repository, QString digest, qint64 size,
                     QObject *parent = nullptr);

    Result<BlobPipe *> open() override;
    void stop() override;

private:
    Result<void> acceptHead(int status, const QByteArray &contentRange);
    Result<void> take(const QByteArray &data);

    RegistryClient *m_client;
    QString m_repository;
    QString m_digest;
    qint64 m_size;
    QPointer<BlobPipe> m_pipe;
    QPointer<RequestHandle> m_request;
    qint64 m_offset = 0;
    int m_generation = 0; // of the current open(); answers of older ones are ignored
};

} // namespace Berth::Registry
