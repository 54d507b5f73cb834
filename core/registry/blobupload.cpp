// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/blobupload.h"

#include "registry/blobpipe.h"
#include "registry/blobsource.h"
#include "registry/redaction.h"
#include "registry/registryclient.h"
#include "registry/registrylogging.h"
#include "registry/uploadsession.h"

#include <QTimer>
#include <QUrlQuery>

namespace Berth::Registry {

namespace {

// Statuses that end a session but not the blob: it goes again in a new session.
const QList<int> SessionEndingStatuses{400, 404, 416};

// A session that is not answered within this after a cancel is left to the registry's purge.
constexpr int DeleteSessionPatienceMs = 1000;

} // namespace

BlobUpload::BlobUpload(RegistryClient *client, QString repository, QString digest, qint64 size,
                       BlobSource *source, QString mountFrom)
    : QObject(client)
    , m_client(client)
    , m_repository(std::move(repository))
    , m_digest(std::move(digest))
    , m_size(size)
    , m_source(source)
    , m_mountFrom(std::move(mountFrom))
{}

QString BlobUpload::blobText() const
{
    return tr("blob %1 to %2/%3").arg(m_digest, m_client->endpoint().domain(), m_repository);
}

QString BlobUpload::scope() const
{
    QString scope = QStringLiteral("repository:") + m_repository + QStringLiteral(":pull,push");
    if (!m_mountFrom.isEmpty() && m_sessions <= 1)
        scope += QStringLiteral(" repository:") + m_mountFrom + QStringLiteral(":pull");
    return scope;
}

void BlobUpload::start()
{
    if (!Sha256::isDigest(m_digest) || m_size < 0) {
        done(Error(ErrorKind::Invalid, tr("'%1' is not a sha256 digest").arg(m_digest)));
        return;
    }
    if (m_source)
        connect(m_source, &BlobSource::failed, this, [this](const Error &error) {
            if (m_request)
                m_request->cancel();
            deleteSession([this, error] { done(error.withContext(blobText())); });
        });
    openSession();
}

void BlobUpload::openSession()
{
    if (m_cancelled)
        return;
    ++m_sessions;
    const bool mount = !m_mountFrom.isEmpty() && m_sessions == 1;
    RequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    QUrl url(QStringLiteral("/v2/") + m_repository + QStringLiteral("/blobs/uploads/"));
    if (mount) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("mount"), m_digest);
        query.addQueryItem(QStringLiteral("from"), m_mountFrom);
        url.setQuery(query);
    }
    spec.url = url;
    spec.what = tr("upload session for %1").arg(blobText());
    spec.onRequest = [this](RequestHandle *request) {
        m_request = request;
    };
    QPointer<BlobUpload> self(this);
    m_client->send(spec, scope(), [self, mount](const Result<RegistryResponse> &result) {
        if (!self || self->m_cancelled)
            return;
        if (!result) {
            self->done(result.error().withContext(self->blobText()));
            return;
        }
        if (mount && result->status == 201) {
            qCInfo(lcRegistry) << "mounted" << self->m_digest << "from" << self->m_mountFrom;
            self->done(Outcome::Mounted);
            return;
        }
        const auto location = UploadSession::location(result->url, result->header("Location"));
        if (result->status != 202 || !location) {
            self->done(Error(ErrorKind::Protocol,
                             tr("the registry opened no upload session (HTTP %1, Location '%2')")
                                 .arg(result->status)
                                 .arg(QString::fromLatin1(result->header("Location").left(200))))
                           .withContext(self->blobText()));
            return;
        }
        self->onSessionOpened(*location);
    });
}

void BlobUpload::onSessionOpened(const QUrl &location)
{
    m_session = location;
    if (m_size == 0) {
        commit(); // nothing to send: the final PUT carries the (empty) blob
        return;
    }
    sendBytes();
}

void BlobUpload::sendBytes()
{
    RequestSpec spec;
    spec.method = QByteArrayLiteral("PATCH");
    spec.url = m_session;
    spec.uploadSize = m_size;
    spec.noTransportRetry = true;
    spec.passStatuses = SessionEndingStatuses;
    spec.what = tr("upload of %1").arg(blobText());
    QPointer<BlobUpload> self(this);
    auto pipe = std::make_shared<QPointer<BlobPipe>>();
    spec.uploadBody = [self, pipe]() -> Result<QIODevice *> {
        if (!self || !self->m_source)
            return Error(ErrorKind::Cancelled, tr("cancelled"));
        const Result<BlobPipe *> opened = self->m_source->open();
        if (!opened)
            return opened.error();
        *pipe = *opened;
        connect(*opened, &QIODevice::readyRead, self, [self, pipe] {
            if (self && *pipe)
                Q_EMIT self->progress((*pipe)->delivered(), self->m_size);
        });
        return static_cast<QIODevice *>(*opened);
    };
    spec.onRequest = [this](RequestHandle *request) {
        m_request = request;
    };
    m_client->stream(spec, scope(), [self, pipe](const Result<RegistryResponse> &result) {
        if (!self || self->m_cancelled)
            return;
        if (!result) {
            if (result.error().kind() == ErrorKind::PermissionDenied ||
                result.error().kind() == ErrorKind::Cancelled) {
                self->deleteSession([self, error = result.error()] {
                    if (self)
                        self->done(error.withContext(self->blobText()));
                });
                return;
            }
            // A cut connection: the registry cancels the session (docs/protocols.md).
            self->restart(result.error().message());
            return;
        }
        if (result->status != 202) {
            self->restart(RegistryRequest::errorText(*result));
            return;
        }
        const auto held = UploadSession::bytesHeld(result->header("Range"));
        const bool emptyBlob = self->m_size == 0 && held && *held <= 1;
        if (!held || (*held != self->m_size && !emptyBlob)) {
            self->restart(tr("the registry holds '%1' after %2 bytes were sent")
                              .arg(QString::fromLatin1(result->header("Range").left(100)))
                              .arg(self->m_size));
            return;
        }
        if (const auto next = UploadSession::location(result->url, result->header("Location")))
            self->m_session = *next;
        if (!*pipe || (*pipe)->delivered() != self->m_size) {
            self->restart(tr("the source gave %1 bytes of %2")
                              .arg(*pipe ? (*pipe)->delivered() : 0)
                              .arg(self->m_size));
            return;
        }
        const QString sent = (*pipe)->deliveredDigest();
        if (sent != self->m_digest) {
            // The source's bytes are not the blob: never commit them, under any name.
            self->deleteSession([self, sent] {
                if (self)
                    self->done(Error(ErrorKind::DigestMismatch,
                                     tr("digest mismatch: the source's bytes of blob %1 hash to %2")
                                         .arg(self->m_digest, sent)));
            });
            return;
        }
        self->commit();
    });
}

void BlobUpload::commit()
{
    RequestSpec spec;
    spec.method = QByteArrayLiteral("PUT");
    spec.url = UploadSession::finalUrl(m_session, m_digest);
    spec.passStatuses = SessionEndingStatuses;
    spec.what = tr("commit of %1").arg(blobText());
    spec.onRequest = [this](RequestHandle *request) {
        m_request = request;
    };
    QPointer<BlobUpload> self(this);
    m_client->send(spec, scope(), [self](const Result<RegistryResponse> &result) {
        if (!self || self->m_cancelled)
            return;
        if (!result) {
            if (result.error().kind() == ErrorKind::PermissionDenied)
                self->done(result.error().withContext(self->blobText()));
            else
                self->restart(result.error().message());
            return;
        }
        if (result->status != 201 && result->status != 204) {
            // DIGEST_INVALID (bytes lost or spliced on the way), or the session is gone.
            self->restart(RegistryRequest::errorText(*result));
            return;
        }
        self->m_session.clear();
        Q_EMIT self->progress(self->m_size, self->m_size);
        self->done(Outcome::Uploaded);
    });
}

void BlobUpload::restart(const QString &reason)
{
    qCInfo(lcRegistry).noquote() << "upload session of" << m_digest << "broke:" << reason;
    if (m_sessions >= MaxSessions) {
        deleteSession([this, reason] {
            done(
                Error(ErrorKind::Remote,
                      tr("%n upload sessions broke; the last: %1", nullptr, m_sessions).arg(reason))
                    .withContext(blobText()));
        });
        return;
    }
    Q_EMIT restarting(reason);
    deleteSession([this] { openSession(); });
}

void BlobUpload::deleteSession(std::function<void()> then)
{
    if (m_session.isEmpty()) {
        then();
        return;
    }
    RequestSpec spec;
    spec.method = QByteArrayLiteral("DELETE");
    spec.url = m_session;
    spec.rawStatus = true; // a session the registry already dropped answers 404: fine
    spec.what = tr("upload session of %1").arg(blobText());
    m_session.clear();
    // Answered or not within the patience, the caller goes on once.
    auto once = std::make_shared<std::function<void()>>(std::move(then));
    auto fire = [once] {
        if (*once)
            std::exchange(*once, {})();
    };
    QTimer::singleShot(DeleteSessionPatienceMs, this, fire);
    m_client->send(spec,
                   QStringLiteral("repository:") + m_repository + QStringLiteral(":pull,push"),
                   [self = QPointer<BlobUpload>(this), fire](const Result<RegistryResponse> &) {
                       if (self)
                           fire();
                   });
}

void BlobUpload::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    if (m_request)
        m_request->cancel();
    if (m_source)
        m_source->stop();
    QPointer<BlobUpload> self(this);
    deleteSession([self] {
        if (self)
            self->done(Error(ErrorKind::Cancelled, tr("cancelled")));
    });
}

void BlobUpload::done(const Result<Outcome> &result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_source)
        m_source->stop();
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace Berth::Registry
