// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/remoteblobsource.h"

#include "registry/blobpipe.h"
#include "registry/registryclient.h"

#include <QNetworkRequest>
#include <QRegularExpression>

namespace Berth::Registry {

RemoteBlobSource::RemoteBlobSource(RegistryClient *client, QString repository, QString digest,
                                   qint64 size, QObject *parent)
    : BlobSource(parent)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_digest(std::move(digest))
    , m_size(size)
{}

Result<BlobPipe *> RemoteBlobSource::open()
{
    stop();
    const int generation = ++m_generation;
    m_offset = 0;
    m_pipe = new BlobPipe(BlobPipe::DefaultLimit, this);
    connect(
        m_pipe, &BlobPipe::spaceAvailable, this,
        [this] {
            if (m_request)
                m_request->resume();
        },
        Qt::QueuedConnection); // the pipe signals from inside the reader's read()

    RequestSpec spec;
    spec.url = QUrl(QStringLiteral("/v2/") + m_repository + QStringLiteral("/blobs/") + m_digest);
    spec.what = tr("blob %1").arg(m_digest);
    QPointer<RemoteBlobSource> self(this);
    auto current = [self, generation] {
        return self && self->m_generation == generation;
    };
    spec.onRequest = [self, current](RequestHandle *request) {
        if (current())
            self->m_request = request;
    };
    spec.prepare = [self, current](QNetworkRequest &request) {
        if (current() && self->m_offset > 0)
            request.setRawHeader(QByteArrayLiteral("Range"),
                                 "bytes=" + QByteArray::number(self->m_offset) + '-');
    };
    spec.onHead = [self, current](int status, const RegistryResponse &reply) -> Result<void> {
        if (!current())
            return Error(ErrorKind::Cancelled, tr("cancelled"));
        return self->acceptHead(status, reply.header(QByteArrayLiteral("Content-Range")));
    };
    spec.onData = [self, current](const QByteArray &data) -> Result<void> {
        if (!current())
            return Error(ErrorKind::Cancelled, tr("cancelled"));
        return self->take(data);
    };
    spec.complete = [self, current] {
        return current() && self->m_offset == self->m_size;
    };
    m_client->stream(spec, QStringLiteral("repository:") + m_repository + QStringLiteral(":pull"),
                     [self, current](const Result<RegistryResponse> &result) {
                         if (!current())
                             return;
                         self->m_request = nullptr;
                         if (!result) {
                             Q_EMIT self->failed(result.error());
                             return;
                         }
                         if (self->m_offset != self->m_size) {
                             Q_EMIT self->failed(Error(ErrorKind::Protocol,
                                                       tr("blob %1 is %2 bytes; %3 were expected")
                                                           .arg(self->m_digest)
                                                           .arg(self->m_offset)
                                                           .arg(self->m_size)));
                             return;
                         }
                         if (self->m_pipe)
                             self->m_pipe->finishInput();
                     });
    return m_pipe.data();
}

Result<void> RemoteBlobSource::acceptHead(int status, const QByteArray &contentRange)
{
    if (m_offset == 0)
        return {};
    // After a break, the rest must start exactly where the pipe is: the upload has read
    // what came before and cannot take it again.
    static const QRegularExpression pattern(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
    const auto match = pattern.match(QString::fromLatin1(contentRange).trimmed());
    if (status != 206 || !match.hasMatch() || match.captured(1).toLongLong() != m_offset)
        return Error(ErrorKind::Protocol,
                     tr("blob %1: asked for bytes from %2, the registry sent HTTP %3 '%4'")
                         .arg(m_digest)
                         .arg(m_offset)
                         .arg(status)
                         .arg(QString::fromLatin1(contentRange)));
    return {};
}

Result<void> RemoteBlobSource::take(const QByteArray &data)
{
    if (m_offset + data.size() > m_size)
        return Error(ErrorKind::Protocol,
                     tr("blob %1 is larger than the %2 bytes expected").arg(m_digest).arg(m_size));
    m_offset += data.size();
    if (!m_pipe)
        return Error(ErrorKind::Cancelled, tr("cancelled"));
    m_pipe->push(data);
    if (m_pipe->full() && m_request)
        m_request->pause();
    return {};
}

void RemoteBlobSource::stop()
{
    ++m_generation;
    if (m_request)
        m_request->cancel();
    m_request = nullptr;
    if (m_pipe) {
        m_pipe->disconnect(this);
        m_pipe->deleteLater();
    }
    m_pipe = nullptr;
}

} // namespace Berth::Registry
