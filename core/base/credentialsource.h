// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentials.h"
#include "base/loginref.h"
#include "base/result.h"

#include <QObject>

#include <functional>

namespace Berth {

// Where a job finds the secret of its login when it starts. Implementations are called from
// any thread (the pool's workers) and must be thread-safe.
class CredentialSource
{
public:
    using Done = std::function<void(const Result<Credentials> &)>;

    virtual ~CredentialSource() = default;

    // Calls `done` once, on `context`'s thread, unless `context` is gone by then. Empty
    // credentials mean anonymous (nothing is stored for the login); an error means the
    // place that holds the secret could not be asked (a locked keyring, a helper that hung).
    virtual void find(const LoginRef &login, QObject *context, Done done) = 0;

    // The registry refused `refused`, found for `login` earlier: a fresh secret where the
    // source makes them (an ECR registry token that lapsed while the computer slept), else
    // what find() gives. The caller repeats only the refused request with it.
    virtual void renew(const LoginRef &login, const Credentials &refused, QObject *context,
                       Done done)
    {
        Q_UNUSED(refused)
        find(login, context, std::move(done));
    }

protected:
    // Answers later, from context's event loop, even when the answer is at hand: the caller's
    // code after find() runs first, as with the sources that answer later.
    static void answerLater(QObject *context, Done done, const Result<Credentials> &answer)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), answer] { done(answer); }, Qt::QueuedConnection);
    }
};

} // namespace Berth
