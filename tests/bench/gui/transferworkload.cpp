// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferworkload.h"

#include "jobs/jobqueue.h"
#include "reference/imagereference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSharedPointer>

using namespace Berth;
using Jobs::JobKind;
using Jobs::JobRecord;
using Jobs::JobState;

namespace {

QString registryBase(const Reference::ImageReference &reference)
{
    return QStringLiteral("http://") + reference.domain() + QStringLiteral("/v2/") +
           reference.path();
}

} // namespace

TransferWorkload::TransferWorkload(Jobs::JobQueue *queue, const Engine::EngineEndpoint &endpoint,
                                   const QStringList &references, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_endpoint(endpoint)
    , m_references(references)
    , m_client(endpoint)
    , m_images(&m_client)
{
    connect(queue, &Jobs::JobQueue::jobFinished, this, &TransferWorkload::jobFinished);
}

void TransferWorkload::start()
{
    for (const QString &reference : std::as_const(m_references))
        enqueue(JobKind::Push, reference);
}

void TransferWorkload::stop(StopMode mode)
{
    m_stopped = true;
    if (mode == StopMode::CancelRunning) {
        const QStringList ids = m_jobs.keys();
        for (const QString &id : ids)
            m_queue->cancel(id);
    }
    emitIfDrained();
}

void TransferWorkload::emitIfDrained()
{
    if (m_stopped && m_jobs.isEmpty() && m_pendingSteps == 0)
        Q_EMIT drained();
}

void TransferWorkload::enqueue(JobKind kind, const QString &reference)
{
    if (m_stopped) {
        emitIfDrained();
        return;
    }
    Jobs::JobSpec spec;
    spec.kind = kind;
    spec.endpoint = m_endpoint;
    spec.references = {reference};
    m_jobs.insert(m_queue->enqueue(spec), reference);
}

void TransferWorkload::jobFinished(const JobRecord &record)
{
    const QString reference = m_jobs.take(record.id);
    if (reference.isEmpty())
        return;
    if (m_stopped && record.state == JobState::Cancelled) {
        m_totals.bytes += record.progress.bytesDone;
        emitIfDrained();
        return;
    }
    if (record.state != JobState::Succeeded) {
        ++m_totals.failed;
        if (m_totals.errors.size() < 5)
            m_totals.errors.append(record.spec.title() + QStringLiteral(": ") +
                                   (record.error ? record.error->message() : QString()));
        // Try the same transfer again from a clean start.
        if (record.spec.kind == JobKind::Push)
            removeFromRegistry(reference);
        else
            removeFromEngine(reference);
        return;
    }
    m_totals.bytes += record.progress.bytesDone;
    if (record.spec.kind == JobKind::Push) {
        ++m_totals.pushes;
        removeFromEngine(reference);
    } else {
        ++m_totals.pulls;
        removeFromRegistry(reference);
    }
}

void TransferWorkload::removeFromEngine(const QString &reference)
{
    ++m_pendingSteps;
    m_images.remove(reference, true, false, this,
                    [this, reference](const Result<Engine::RemovedImage> &) {
                        --m_pendingSteps;
                        enqueue(JobKind::Pull, reference);
                    });
}

// The manifest, its config and its layers leave the repository, so the next push finds
// nothing to skip and nothing to mount.
void TransferWorkload::removeFromRegistry(const QString &reference)
{
    const auto parsed = Reference::ImageReference::parse(reference);
    if (!parsed) {
        enqueue(JobKind::Push, reference);
        return;
    }
    const QString base = registryBase(*parsed);
    QNetworkRequest request(QUrl(base + QStringLiteral("/manifests/") + parsed->effectiveTag()));
    request.setRawHeader("Accept", "application/vnd.docker.distribution.manifest.v2+json");
    ++m_pendingSteps;
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, reference, base] {
        reply->deleteLater();
        --m_pendingSteps;
        QList<QUrl> urls;
        if (reply->error() == QNetworkReply::NoError) {
            const QJsonObject manifest = QJsonDocument::fromJson(reply->readAll()).object();
            const QString digest = QString::fromLatin1(reply->rawHeader("Docker-Content-Digest"));
            QJsonArray blobs = manifest.value(u"layers").toArray();
            blobs.append(manifest.value(u"config"));
            for (const QJsonValue &blob : std::as_const(blobs)) {
                const QString blobDigest = blob.toObject().value(u"digest").toString();
                if (!blobDigest.isEmpty())
                    urls.append(QUrl(base + QStringLiteral("/blobs/") + blobDigest));
            }
            if (!digest.isEmpty())
                urls.append(QUrl(base + QStringLiteral("/manifests/") + digest));
        }
        deleteAll(reference, urls);
    });
}

void TransferWorkload::deleteAll(const QString &reference, const QList<QUrl> &urls)
{
    if (urls.isEmpty()) {
        enqueue(JobKind::Push, reference);
        return;
    }
    auto left = QSharedPointer<qsizetype>::create(urls.size());
    m_pendingSteps += int(urls.size());
    for (const QUrl &url : urls) {
        QNetworkReply *reply = m_network.deleteResource(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply, reference, left] {
            reply->deleteLater();
            --m_pendingSteps;
            if (--*left == 0)
                enqueue(JobKind::Push, reference);
        });
    }
}
