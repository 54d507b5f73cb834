// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/secretvault.h"

#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace QKeychain {
class Job;
}

namespace Berth::Auth {

// The OS keychain through QtKeychain, on ONE thread for the whole process. QtKeychain 0.13
// crashes when its jobs start from several threads (its job queue is a singleton that lives
// on the first thread that used it); from a single thread it does not. So every job of every
// vault is created, started and finished on that thread, and callers on any thread (workers,
// the GUI) reach it through queued calls and hear back through queued signals: nothing
// blocks the caller.
class KeychainVault final : public SecretVault
{
public:
    // `service` names Berth's entries in the keychain; `timeoutMs` bounds every call.
    KeychainVault(QString service, int timeoutMs);

    // Whether any vault of this process has talked to the keychain yet (its thread starts on
    // the first call): the window's start must not.
    static bool threadStarted() { return startedFlag(); }

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    using Answer = std::function<void(const QString &secret, int errorKind, const QString &text)>;
    // Creates the job with `make` on the keychain thread and calls `answer` on `context`.
    void call(std::function<QKeychain::Job *(const QString &service)> make, QObject *context,
              Answer answer);

    QString m_service;
    int m_timeoutMs;
    // The process's keychain thread, started on first use. It ends with the application,
    // unless a job that timed out still waits for the keychain: then it is left running for
    // the job to finish and delete itself.
    static QThread *thread();
    // QtKeychain jobs not yet deleted, of every vault.
    static std::shared_ptr<std::atomic<int>> inFlight();
    static std::atomic<bool> &startedFlag();
};

} // namespace Berth::Auth
