// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentials.h"
#include "base/credentialsource.h"
#include "base/result.h"
#include "engine/transferprogress.h"
#include "jobs/jobspec.h"

#include <QObject>
#include <QPointer>

namespace Berth::Registry {
class RegistryClient;
class RegistryCopy;
} // namespace Berth::Registry

namespace Berth::Jobs {

// The work of a registry job (copy, remote retag, remote delete) on the worker thread: its
// own registry clients, and per-blob progress in the shape the window shows for pulls.
class RegistryJob final : public QObject
{
    Q_OBJECT

public:
    // The logins' secrets, as the job found them when it started (anonymous when empty).
    RegistryJob(JobSpec spec, Credentials source, Credentials destination,
                QObject *parent = nullptr);

    // Where the logins came from: a login the registry refuses is renewed there once (an
    // ECR token that lapsed) and only the refused request repeated.
    void setCredentialSource(std::shared_ptr<CredentialSource> source)
    {
        m_credentialSource = std::move(source);
    }

    void start();
    // A copy deletes its open upload sessions first; finished() follows with Cancelled.
    void cancel();

Q_SIGNALS:
    void progressed(const QList<Berth::Engine::LayerProgress> &blobs, qint64 bytesDone,
                    qint64 bytesTotal);
    // The digest the destination tag (or the deleted reference) names.
    void finished(const Berth::Result<QString> &digest);

private:
    Result<Registry::RegistryClient *> clientFor(const QString &domain,
                                                 const Registry::RegistryConfig &config,
                                                 const Registry::Credentials &credentials,
                                                 const LoginRef &login);
    void startCopy();
    void startDelete();
    // Deletes the tag through Docker Hub's API, signed in with the source login.
    void startHubDelete();
    void onBlob(const QString &digest, qint64 done, qint64 total, const QString &state,
                bool finished);

    JobSpec m_spec;
    Credentials m_source;
    Credentials m_destination;
    std::shared_ptr<CredentialSource> m_credentialSource;
    QPointer<Registry::RegistryCopy> m_copy;
    QList<Engine::LayerProgress> m_blobs;
    qint64 m_total = 0;
    bool m_cancelled = false;
};

} // namespace Berth::Jobs
