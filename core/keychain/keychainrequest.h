// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace QKeychain {
class Job;
}

namespace Berth::Auth {

// One call to the keychain, living on the keychain thread: starts its QtKeychain job,
// answers once (the job's result, or a timeout), then deletes itself. A job that timed out
// is left running: it deletes itself when it ends (QtKeychain's auto-delete), because
// deleting it from outside would leave its libsecret callback with freed memory.
class KeychainRequest final : public QObject
{
    Q_OBJECT

public:
    // Takes the job (not yet started) and starts it; call on the keychain thread. `inFlight`
    // counts the job until it has deleted itself, answered or not.
    void start(QKeychain::Job *job, int timeoutMs, std::shared_ptr<std::atomic<int>> inFlight);

Q_SIGNALS:
    // errorKind: -1 when the call succeeded, else a Berth::ErrorKind.
    void answered(const QString &secret, int errorKind, const QString &errorText);

private:
    void onFinished(QKeychain::Job *job);
    void answer(const QString &secret, int errorKind, const QString &errorText);

    QTimer m_timeout{this}; // a child: it moves to the keychain thread with the request
    bool m_answered = false;
};

} // namespace Berth::Auth
