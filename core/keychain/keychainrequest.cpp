// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain/keychainrequest.h"

#include "base/error.h"

#include <qt6keychain/keychain.h>

namespace Berth::Auth {

namespace {

// QtKeychain's error as one of Berth's. Its text names the backend's problem, never the
// secret.
ErrorKind kindOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return ErrorKind::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return ErrorKind::PermissionDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what 0.13 reports without a session bus
        return ErrorKind::Unreachable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return ErrorKind::Remote;
}

// A child of the job: it goes when the job has deleted itself, and the count with it.
class InFlight final : public QObject
{
public:
    InFlight(QObject *job, std::shared_ptr<std::atomic<int>> count)
        : QObject(job)
        , m_count(std::move(count))
    {
        ++*m_count;
    }
    ~InFlight() override { --*m_count; }

private:
    std::shared_ptr<std::atomic<int>> m_count;
};

} // namespace

void KeychainRequest::start(QKeychain::Job *job, int timeoutMs,
                            std::shared_ptr<std::atomic<int>> inFlight)
{
    new InFlight(job, std::move(inFlight));
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, &KeychainRequest::onFinished);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        answer({}, int(ErrorKind::Timeout),
               tr("the keychain did not answer (a locked keyring waiting for its password, or "
                  "a Secret Service that does not respond)"));
    });
    m_timeout.start(timeoutMs);
    job->start();
}

void KeychainRequest::onFinished(QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError) {
        const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        answer(read ? read->textData() : QString(), -1, {});
        return;
    }
    const ErrorKind kind = kindOf(job->error());
    answer({}, int(kind),
           kind == ErrorKind::NotFound ? tr("not in the keychain")
                                       : tr("the keychain failed: %1").arg(job->errorString()));
}

void KeychainRequest::answer(const QString &secret, int errorKind, const QString &errorText)
{
    if (m_answered)
        return;
    m_answered = true;
    m_timeout.stop();
    Q_EMIT answered(secret, errorKind, errorText);
    deleteLater(); // the job's finished() no longer reaches this request
}

} // namespace Berth::Auth
