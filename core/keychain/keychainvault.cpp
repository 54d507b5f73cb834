// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain/keychainvault.h"

#include "base/error.h"
#include "keychain/keychainrequest.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace Berth::Auth {

namespace {

// How long the destructor waits for the thread's loop to end.
constexpr unsigned long StopPatienceMs = 2000;

Error errorOf(int errorKind, const QString &text)
{
    return Error(ErrorKind(errorKind), text);
}

// The answer of a write or a remove, which carries no secret.
auto answerWithoutSecret(SecretVault::Done done)
{
    return [done = std::move(done)](const QString &, int errorKind, const QString &text) {
        if (errorKind < 0)
            done({});
        else
            done(errorOf(errorKind, text));
    };
}

} // namespace

KeychainVault::KeychainVault(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

std::shared_ptr<std::atomic<int>> KeychainVault::inFlight()
{
    static const auto count = std::make_shared<std::atomic<int>>(0);
    return count;
}

std::atomic<bool> &KeychainVault::startedFlag()
{
    static std::atomic<bool> started = false;
    return started;
}

QThread *KeychainVault::thread()
{
    static QThread *const keychainThread = [] {
        auto *started = new QThread;
        started->setObjectName(QStringLiteral("berth-keychain"));
        started->start();
        startedFlag() = true;
        // Ending the thread under a pending job would free the loop its libsecret callback
        // comes back to, and a running QThread cannot be deleted: both then stay to the end.
        qAddPostRoutine([] {
            QThread *ending = KeychainVault::thread();
            if (*KeychainVault::inFlight() > 0)
                return;
            ending->quit();
            if (ending->wait(StopPatienceMs))
                delete ending;
        });
        return started;
    }();
    return keychainThread;
}

void KeychainVault::call(std::function<QKeychain::Job *(const QString &service)> make,
                         QObject *context, Answer answer)
{
    // Made here, moved to the keychain thread; the queued connection to `context` is cut by
    // Qt when either side is destroyed, so an answer never reaches a deleted context.
    auto *request = new KeychainRequest;
    request->moveToThread(thread());
    QObject::connect(request, &KeychainRequest::answered, context, std::move(answer),
                     Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        request, [request, make = std::move(make), service = m_service, timeoutMs = m_timeoutMs,
                  inFlight = inFlight()] { request->start(make(service), timeoutMs, inFlight); });
}

void KeychainVault::read(const QString &key, QObject *context, ReadDone done)
{
    call(
        [key](const QString &service) -> QKeychain::Job * {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            return job;
        },
        context,
        [done = std::move(done)](const QString &secret, int errorKind, const QString &text) {
            if (errorKind < 0)
                done(secret);
            else
                done(errorOf(errorKind, text));
        });
}

void KeychainVault::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    call(
        [key, secret](const QString &service) -> QKeychain::Job * {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setKey(key);
            job->setTextData(secret);
            return job;
        },
        context, answerWithoutSecret(std::move(done)));
}

void KeychainVault::remove(const QString &key, QObject *context, Done done)
{
    call(
        [key](const QString &service) -> QKeychain::Job * {
            auto *job = new QKeychain::DeletePasswordJob(service);
            job->setKey(key);
            return job;
        },
        context, answerWithoutSecret(std::move(done)));
}

} // namespace Berth::Auth
