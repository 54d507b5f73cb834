// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/blobdownload.h"

#include "registry/registryclient.h"
#include "registry/registrylogging.h"

#include <QFileDevice>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace Berth::Registry {

BlobDownload::BlobDownload(RegistryClient *client, QString repository, QString digest,
                           qint64 expectedSize, QFileDevice *sink)
    : QObject(client)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_digest(std::move(digest))
    , m_expectedSize(expectedSize)
    , m_sink(sink)
{}

void BlobDownload::start()
{
    if (!Sha256::isDigest(m_digest)) {
        done(Error(ErrorKind::Invalid, tr("'%1' is not a sha256 digest").arg(m_digest)));
        return;
    }
    RequestSpec spec;
    spec.url = QUrl(QStringLiteral("/v2/") + m_repository + QStringLiteral("/blobs/") + m_digest);
    spec.what = tr("blob %1").arg(m_digest);
    QPointer<BlobDownload> self(this);
    spec.prepare = [self](QNetworkRequest &request) {
        if (self && self->m_offset > 0)
            request.setRawHeader(QByteArrayLiteral("Range"),
                                 "bytes=" + QByteArray::number(self->m_offset) + '-');
    };
    spec.onHead = [self](int status, const RegistryResponse &reply) -> Result<void> {
        if (!self)
            return Error(ErrorKind::Cancelled, tr("cancelled"));
        bool numeric = false;
        const qint64 length =
            reply.header(QByteArrayLiteral("Content-Length")).toLongLong(&numeric);
        return self->acceptHead(status, reply.header(QByteArrayLiteral("Content-Range")),
                                numeric ? QVariant(length) : QVariant());
    };
    spec.onData = [self](const QByteArray &data) -> Result<void> {
        if (!self)
            return Error(ErrorKind::Cancelled, tr("cancelled"));
        return self->write(data);
    };
    spec.complete = [self] {
        return self && self->m_expectedSize >= 0 && self->m_offset == self->m_expectedSize;
    };
    m_client->send(
        spec, QStringLiteral("repository:") + m_repository + QStringLiteral(":pull"),
        [self](const Result<RegistryResponse> &result) {
            if (!self)
                return;
            if (!result) {
                self->done(result.error());
                return;
            }
            if (self->m_expectedSize >= 0 && self->m_offset != self->m_expectedSize) {
                self->done(Error(ErrorKind::Protocol, tr("blob %1 is %2 bytes; %3 were expected")
                                                          .arg(self->m_digest)
                                                          .arg(self->m_offset)
                                                          .arg(self->m_expectedSize)));
                return;
            }
            const QString actual = self->m_hash.digest();
            if (actual != self->m_digest) {
                self->done(Error(ErrorKind::DigestMismatch,
                                 tr("digest mismatch: blob %1 of %2 hashes to %3")
                                     .arg(self->m_digest, self->m_repository, actual)));
                return;
            }
            if (!self->m_sink->flush()) {
                self->done(Error(ErrorKind::Io, self->m_sink->errorString()));
                return;
            }
            self->done(self->m_offset);
        });
}

Result<void> BlobDownload::acceptHead(int status, const QByteArray &contentRange,
                                      const QVariant &contentLength)
{
    // Fewer bytes than the descriptor's size cannot be the blob; more are cut off at the
    // size (and what a lying Content-Length promised beyond it is not waited for).
    if (status == 200 && m_expectedSize >= 0 && contentLength.isValid() &&
        contentLength.toLongLong() < m_expectedSize)
        return Error(ErrorKind::Protocol,
                     tr("blob %1: the registry sends %2 bytes, its descriptor says %3")
                         .arg(m_digest)
                         .arg(contentLength.toLongLong())
                         .arg(m_expectedSize));
    if (status == 206) {
        // "bytes 100-199/200": it must start where we asked, or nothing is appended.
        static const QRegularExpression pattern(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const auto match = pattern.match(QString::fromLatin1(contentRange).trimmed());
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_offset)
            return Error(
                ErrorKind::Protocol,
                tr("blob %1: asked for bytes from %2, the registry sent '%3'; not appending")
                    .arg(m_digest)
                    .arg(m_offset)
                    .arg(QString::fromLatin1(contentRange)));
        return {};
    }
    if (m_offset > 0) {
        // The whole blob again (the Range was ignored): start over, never splice.
        qCInfo(lcRegistry) << "registry ignored Range for" << m_digest << "- starting over";
        if (!m_sink->seek(0) || !m_sink->resize(0))
            return Error(ErrorKind::Io, m_sink->errorString());
        m_hash.reset();
        m_offset = 0;
    }
    return {};
}

Result<void> BlobDownload::write(const QByteArray &data)
{
    if (m_expectedSize >= 0 && m_offset + data.size() > m_expectedSize)
        return Error(
            ErrorKind::Protocol,
            tr("blob %1 is larger than the %2 bytes expected").arg(m_digest).arg(m_expectedSize));
    if (m_sink->write(data) != data.size())
        return Error(ErrorKind::Io, m_sink->errorString());
    m_hash.add(data);
    m_offset += data.size();
    Q_EMIT progress(m_offset, m_expectedSize);
    return {};
}

void BlobDownload::cancel()
{
    m_cancelled = true;
    done(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void BlobDownload::done(const Result<qint64> &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace Berth::Registry
