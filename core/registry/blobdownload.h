// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "registry/sha256.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class QFileDevice;

namespace Berth::Registry {

class RegistryClient;

// One blob streamed into a file: hashed with SHA-256 as it arrives, resumed with
// `Range: bytes=N-` after a broken connection (only a 206 starting at N is appended; a 200
// starts over from 0), and checked against its digest and size at the end. The caller
// owns the file and keeps it only on success (a QSaveFile commits then).
class BlobDownload final : public QObject
{
    Q_OBJECT

public:
    BlobDownload(RegistryClient *client, QString repository, QString digest, qint64 expectedSize,
                 QFileDevice *sink);

    void start();
    void cancel();
    const QString &digest() const { return m_digest; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    // Deletes itself afterwards.
    void finished(const Result<qint64> &size);

private:
    Result<void> acceptHead(int status, const QByteArray &contentRange,
                            const QVariant &contentLength);
    Result<void> write(const QByteArray &data);
    void done(const Result<qint64> &result);

    RegistryClient *m_client;
    QString m_repository;
    QString m_digest;
    qint64 m_expectedSize;
    QFileDevice *m_sink;
    Sha256 m_hash;
    qint64 m_offset = 0;
    bool m_cancelled = false;
    bool m_done = false;
    std::function<void()> m_cancelRequest;
};

} // namespace Berth::Registry
