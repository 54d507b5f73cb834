// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Berth::Registry {

class BlobSource;
class RegistryClient;
class RequestHandle;

// One blob into a repository (docs/protocols.md, "Blob uploads"): a POST opens a session
// (or mounts the blob from another repository of the same registry), one PATCH sends every
// byte unbuffered with its length known, and a PUT with ?digest= closes it, after the bytes
// that went out were checked against the digest. A session that breaks (a cut connection,
// 404 BLOB_UPLOAD_INVALID, 416, a Range that does not match what was sent, DIGEST_INVALID) is
// given up and the blob sent again in a new one, up to MaxSessions. Cancel deletes the open
// session. Deletes itself after finished().
class BlobUpload final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Uploaded, Mounted };
    static constexpr int MaxSessions = 4;

    // source stays the caller's; mountFrom: a repository of the same registry that has the
    // blob (empty: none).
    BlobUpload(RegistryClient *client, QString repository, QString digest, qint64 size,
               BlobSource *source, QString mountFrom = {});

    void start();
    void cancel();
    const QString &digest() const { return m_digest; }
    // Upload sessions opened so far (1 unless one broke).
    int sessions() const { return m_sessions; }

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    // A session broke and the blob starts over in a new one; reason says why.
    void restarting(const QString &reason);
    void finished(const Berth::Result<Berth::Registry::BlobUpload::Outcome> &result);

private:
    QString scope() const;
    void openSession();
    void onSessionOpened(const QUrl &location);
    void sendBytes();
    void commit();
    void restart(const QString &reason);
    void deleteSession(std::function<void()> then);
    void done(const Result<Outcome> &result);
    QString blobText() const;

    RegistryClient *m_client;
    QString m_repository;
    QString m_digest;
    qint64 m_size;
    QPointer<BlobSource> m_source;
    QString m_mountFrom;
    QUrl m_session; // the open session's URL, empty when none is open
    QPointer<RequestHandle> m_request;
    int m_sessions = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace Berth::Registry
