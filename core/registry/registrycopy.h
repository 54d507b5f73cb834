// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "reference/imagereference.h"
#include "registry/manifest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Berth::Registry {

class BlobUpload;
class RegistryClient;
struct ManifestResponse;

// An image from one repository to another, registry to registry, without an engine
// (docs/protocols.md, "Copying"): the manifest or index, every blob it names that the
// destination lacks (mounted inside one registry, else streamed from the source's GET into the
// destination's upload with its sha256 checked on the way, several at once), then the
// manifests, byte for byte, children first and the tag last. A remote retag is a copy inside one
// repository: no blob is touched. Cancel or a failed blob ends it before any manifest is PUT,
// with every open upload session deleted. Referrers (signatures, SBOMs) are not copied.
class RegistryCopy final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: every platform of an index, the index byte-identical. Else that platform's
        // manifest alone, tagged at the destination.
        Platform platform;
        int parallelBlobs = 3;
    };
    enum class BlobOutcome { Present, Mounted, Uploaded };

    // The clients stay the caller's; source and destination may be the same client.
    RegistryCopy(RegistryClient *source, Reference::ImageReference from,
                 RegistryClient *destination, Reference::ImageReference to, Options options,
                 QObject *parent = nullptr);

    void start();
    // Ends within a second: uploads cancelled and their sessions deleted, no manifest PUT.
    void cancel();

Q_SIGNALS:
    // The blobs to consider, once the manifests are read: total bytes of all of them.
    void planned(int blobs, qint64 bytes);
    void blobProgress(const QString &digest, qint64 sent, qint64 total);
    void blobFinished(const QString &digest, qint64 size,
                      Berth::Registry::RegistryCopy::BlobOutcome outcome);
    void restarting(const QString &digest, const QString &reason);
    // The digest of what the destination tag names now (the source's, byte-identical).
    void finished(const Berth::Result<QString> &digest);

private:
    struct Blob
    {
        QString digest;
        qint64 size = -1;
    };
    struct Put
    {
        QString reference;
        QByteArray bytes;
        QString mediaType;
    };

    bool sameRepository() const;
    bool sameRegistry() const;
    void onTop(const ManifestResponse &top);
    void fetchChildren(QList<Descriptor> children);
    void addImage(const Manifest &manifest);
    void startBlobs();
    void nextBlob();
    void copyBlob(const Blob &blob);
    void uploadBlob(const Blob &blob);
    void blobDone(const Blob &blob, const Result<BlobOutcome> &result);
    void putManifests();
    void fail(const Error &error);
    void finish(const Result<QString> &result);

    RegistryClient *m_source;
    Reference::ImageReference m_from;
    RegistryClient *m_destination;
    Reference::ImageReference m_to;
    Options m_options;
    QList<Blob> m_blobs;
    QSet<QString> m_known;
    qsizetype m_nextBlob = 0;
    int m_running = 0;
    QList<Put> m_puts; // in order: children by digest, then the tagged one
    QString m_tagDigest;
    QList<QPointer<BlobUpload>> m_uploads;
    std::optional<Error> m_error;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Berth::Registry
