// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registrycopy.h"

#include "registry/blobupload.h"
#include "registry/registryclient.h"
#include "registry/registrylogging.h"
#include "registry/remoteblobsource.h"

namespace Berth::Registry {

RegistryCopy::RegistryCopy(RegistryClient *source, Reference::ImageReference from,
                           RegistryClient *destination, Reference::ImageReference to,
                           Options options, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_from(std::move(from))
    , m_destination(destination)
    , m_to(std::move(to))
    , m_options(std::move(options))
{
    m_options.parallelBlobs = qMax(1, m_options.parallelBlobs);
}

bool RegistryCopy::sameRegistry() const
{
    return m_source->endpoint().domain() == m_destination->endpoint().domain();
}

bool RegistryCopy::sameRepository() const
{
    return sameRegistry() && m_from.path() == m_to.path();
}

void RegistryCopy::start()
{
    if (m_to.hasDigest()) {
        fail(Error(ErrorKind::Invalid,
                   tr("the destination %1 names a digest; give it a tag").arg(m_to.familiar())));
        return;
    }
    auto onManifest = [this](const Result<ManifestResponse> &result) {
        if (m_cancelled)
            return;
        if (!result) {
            fail(result.error());
            return;
        }
        onTop(*result);
    };
    if (m_options.platform.isEmpty())
        m_source->manifest(m_from, this, onManifest);
    else
        m_source->manifestForPlatform(m_from, m_options.platform, this, onManifest);
}

void RegistryCopy::onTop(const ManifestResponse &top)
{
    m_tagDigest = top.digest;
    const Put tagged{m_to.effectiveTag(), top.bytes,
                     top.contentType.section(u';', 0, 0).trimmed().isEmpty()
                         ? top.manifest.mediaType()
                         : top.contentType.section(u';', 0, 0).trimmed()};
    if (!top.manifest.isIndex()) {
        addImage(top.manifest);
        m_puts.append(tagged);
        startBlobs();
        return;
    }
    m_puts.append(tagged);
    fetchChildren(top.manifest.manifests());
}

void RegistryCopy::fetchChildren(QList<Descriptor> children)
{
    if (children.isEmpty()) {
        startBlobs();
        return;
    }
    const Descriptor child = children.takeFirst();
    const QString text = m_from.domain() + u'/' + m_from.path() + u'@' + child.digest;
    const auto reference = Reference::ImageReference::parse(text);
    if (!reference) {
        fail(reference.error());
        return;
    }
    m_source->manifest(*reference, this,
                       [this, children, child](const Result<ManifestResponse> &result) {
                           if (m_cancelled)
                               return;
                           if (!result) {
                               fail(result.error());
                               return;
                           }
                           // Children go before the index that names them.
                           m_puts.insert(m_puts.size() - 1, Put{child.digest, result->bytes,
                                                                child.mediaType.isEmpty()
                                                                    ? result->manifest.mediaType()
                                                                    : child.mediaType});
                           if (result->manifest.isIndex()) {
                               fetchChildren(result->manifest.manifests() + children);
                               return;
                           }
                           addImage(result->manifest);
                           fetchChildren(children);
                       });
}

void RegistryCopy::addImage(const Manifest &manifest)
{
    QList<Descriptor> blobs = manifest.layers();
    if (!manifest.config().digest.isEmpty())
        blobs.prepend(manifest.config());
    for (const Descriptor &d : blobs) {
        if (m_known.contains(d.digest))
            continue;
        m_known.insert(d.digest);
        m_blobs.append(Blob{d.digest, d.size});
    }
}

void RegistryCopy::startBlobs()
{
    qint64 bytes = 0;
    for (const Blob &b : std::as_const(m_blobs))
        bytes += qMax<qint64>(0, b.size);
    // Inside one repository every blob is there already: a retag moves no blob.
    if (sameRepository())
        m_blobs.clear();
    Q_EMIT planned(int(m_blobs.size()), bytes);
    for (int i = 0; i < m_options.parallelBlobs; ++i)
        nextBlob();
    if (m_running == 0)
        putManifests();
}

void RegistryCopy::nextBlob()
{
    if (m_cancelled || m_error || m_nextBlob >= m_blobs.size())
        return;
    ++m_running;
    copyBlob(m_blobs.at(m_nextBlob++));
}

void RegistryCopy::copyBlob(const Blob &blob)
{
    m_destination->blobExists(m_to.path(), blob.digest, this,
                              [this, blob](const Result<bool> &exists) {
                                  if (!exists) {
                                      blobDone(blob, exists.error());
                                      return;
                                  }
                                  if (*exists) {
                                      blobDone(blob, BlobOutcome::Present);
                                      return;
                                  }
                                  uploadBlob(blob);
                              });
}

void RegistryCopy::uploadBlob(const Blob &blob)
{
    if (m_cancelled || m_error) {
        blobDone(blob, Error(ErrorKind::Cancelled, tr("cancelled")));
        return;
    }
    auto *source = new RemoteBlobSource(m_source, m_from.path(), blob.digest, blob.size, this);
    BlobUpload *upload = m_destination->uploadBlob(m_to.path(), blob.digest, blob.size, source,
                                                   sameRegistry() ? m_from.path() : QString());
    m_uploads.append(upload);
    connect(upload, &BlobUpload::progress, this, [this, blob](qint64 sent, qint64 total) {
        Q_EMIT blobProgress(blob.digest, sent, total);
    });
    connect(upload, &BlobUpload::restarting, this,
            [this, blob](const QString &reason) { Q_EMIT restarting(blob.digest, reason); });
    connect(upload, &BlobUpload::finished, this,
            [this, blob, source](const Result<BlobUpload::Outcome> &result) {
                source->deleteLater();
                if (!result)
                    blobDone(blob, result.error());
                else
                    blobDone(blob, *result == BlobUpload::Outcome::Mounted ? BlobOutcome::Mounted
                                                                           : BlobOutcome::Uploaded);
            });
    upload->start();
}

void RegistryCopy::blobDone(const Blob &blob, const Result<BlobOutcome> &result)
{
    --m_running;
    if (result)
        Q_EMIT blobFinished(blob.digest, blob.size, *result);
    else if (!m_error && !m_cancelled) {
        m_error = result.error().message().contains(blob.digest)
                      ? result.error()
                      : result.error().withContext(tr("blob %1").arg(blob.digest));
        // The others stop too; their sessions are deleted.
        for (const auto &upload : std::as_const(m_uploads))
            if (upload)
                upload->cancel();
    }
    if (m_cancelled || m_error) {
        if (m_running == 0)
            finish(m_cancelled ? Result<QString>(Error(ErrorKind::Cancelled, tr("cancelled")))
                               : Result<QString>(*m_error));
        return;
    }
    nextBlob();
    if (m_running == 0 && m_nextBlob >= m_blobs.size())
        putManifests();
}

void RegistryCopy::putManifests()
{
    if (m_cancelled || m_error || m_finished)
        return;
    if (m_puts.isEmpty()) {
        finish(m_tagDigest);
        return;
    }
    const Put put = m_puts.takeFirst();
    m_destination->putManifest(m_to.path(), put.reference, put.bytes, put.mediaType, this,
                               [this](const Result<QString> &result) {
                                   if (!result) {
                                       fail(result.error());
                                       return;
                                   }
                                   putManifests();
                               });
}

void RegistryCopy::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    for (const auto &upload : std::as_const(m_uploads))
        if (upload)
            upload->cancel();
    if (m_running == 0)
        finish(Error(ErrorKind::Cancelled, tr("cancelled")));
}

void RegistryCopy::fail(const Error &error)
{
    finish(error);
}

void RegistryCopy::finish(const Result<QString> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!result)
        qCInfo(lcRegistry).noquote()
            << "copy of" << m_from.familiar() << "failed:" << result.error().message();
    Q_EMIT finished(result);
}

} // namespace Berth::Registry
