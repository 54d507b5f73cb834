// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentials.h"
#include "base/credentialsource.h"
#include "engine/transferprogress.h"
#include "jobs/joboutcome.h"
#include "jobs/jobprogress.h"
#include "jobs/jobspec.h"
#include "jobs/progressthrottle.h"
#include "jobs/ratemeter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Berth::Engine {
class EngineImages;
class EngineStream;
} // namespace Berth::Engine

namespace Berth::Jobs {

class RegistryJob;

// One run of a JobSpec, on a worker thread: starts the engine operation (or, for the registry
// kinds, a RegistryJob), folds its stream
// into JobProgress (throttled, with speed and time left), and on failure or cancel removes
// what it made (a Retag's new tag; a Save's temporary file goes with its QSaveFile).
// Emits finished() once, then may be deleted.
class Job final : public QObject
{
    Q_OBJECT

public:
    // `credentials` may be null (every job anonymous); it must outlive the job.
    Job(QString id, JobSpec spec, Engine::EngineImages *images,
        std::shared_ptr<CredentialSource> credentials = {}, QObject *parent = nullptr);

    const QString &id() const { return m_id; }

    void start();
    // Closes the operation's connection; finished() follows with Cancelled once what the
    // job half-made is removed.
    void cancel();

Q_SIGNALS:
    void progressed(const QString &jobId, const Berth::Jobs::JobProgress &progress);
    void finished(const QString &jobId, const Berth::Jobs::JobOutcome &outcome);

private:
    // Asks the credential source for the login's secret into `into`, then calls next; an
    // empty login (anonymous) is no question.
    void findLoginThen(const LoginRef &login, Credentials *into, std::function<void()> next);
    void run();
    // The secret for the engine, keyed as the daemon keys the reference's registry.
    Credentials authFor(const QString &reference) const;
    void startPull();
    void startPush(const QString &reference);
    void startRetag();
    void tagForRetag(const QString &previousId);
    void startSave();
    void startLoad();
    void startRegistryJob();
    void startBuild();
    // Stop or Remove of the container the spec names.
    void startContainerJob();
    // Remove of a local image, or Prune of the dangling ones: one API call each.
    void startImageChange();
    // Asks for the secret of each login a build sends along, from the index on, then builds.
    void findBuildLoginsThen(qsizetype index);
    void sendBuild();
    void watch(Engine::EngineStream *stream);
    void onTransfer(const Engine::TransferProgress &transfer);
    void onBytes(qint64 bytes);
    void publishSoon();
    void publish();
    void endTransfer(const Result<Engine::TransferProgress> &result);
    bool mayRenewLogin(const Error &error) const;
    // Asks the credential source for a fresh secret, then pulls or pushes once more.
    void renewLoginThenTransferAgain(const Error &refusal);
    // Ends with the error after putting a Retag's target back as it was.
    void undoThenFail(const Error &error);
    void finish(Result<void> result);
    Error cancelledError() const;

    QString m_id;
    JobSpec m_spec;
    Engine::EngineImages *m_images;
    std::shared_ptr<CredentialSource> m_credentials;
    Credentials m_login;            // held only while the job runs
    Credentials m_destinationLogin; // a copy's destination's, likewise
    QPointer<Engine::EngineStream> m_stream;
    QPointer<RegistryJob> m_registryJob;
    JobProgress m_progress;
    JobOutcome m_outcome;
    ProgressThrottle m_throttle;
    RateMeter m_rate;
    QElapsedTimer m_clock;
    QTimer m_publishTimer;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_loginRenewed = false; // a refused login is renewed once per job
    // Retag: the target's image before the job tagged it ("" when the name was free).
    std::optional<QString> m_targetBefore;
    // Build: the base images' registries, their logins, and the context as it is sent.
    QStringList m_buildRegistries;
    QList<Credentials> m_buildLogins;
    QIODevice *m_buildContext = nullptr;
};

} // namespace Berth::Jobs
