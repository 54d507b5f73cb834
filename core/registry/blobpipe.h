// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/sha256.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace Berth::Registry {

// A blob's bytes on their way from a producer (a download, a file) to an upload that reads
// them as the body of its request: sequential, read-only for the reader, bounded. The
// producer pushes and stops while full() (it resumes on spaceAvailable()); the reader sees
// readyRead() for every push and the end after finishInput(). What the reader takes is hashed
// as it passes, so the digest of exactly the uploaded bytes is known before the final PUT.
class BlobPipe final : public QIODevice
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultLimit = 256 * 1024;

    explicit BlobPipe(qint64 limit = DefaultLimit, QObject *parent = nullptr);

    void push(const QByteArray &data);
    void finishInput();
    bool full() const { return m_buffered >= m_limit; }
    qint64 buffered() const { return m_buffered; }

    // Bytes read so far and their SHA-256 ("sha256:..."), read once the reader has all.
    qint64 delivered() const { return m_delivered; }
    QString deliveredDigest();

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    // A pipe cannot go back: Qt asks after a failed try, and the upload opens a new pipe.
    bool seek(qint64) override { return false; }
    bool reset() override { return false; }

Q_SIGNALS:
    // The reader took enough that the producer may push again.
    void spaceAvailable();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QList<QByteArray> m_chunks;
    qsizetype m_offsetInFirst = 0;
    qint64 m_buffered = 0;
    qint64 m_limit;
    qint64 m_delivered = 0;
    bool m_inputDone = false;
    Sha256 m_hash;
    QString m_digest;
};

} // namespace Berth::Registry
