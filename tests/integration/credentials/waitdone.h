// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Waits on this thread for an asynchronous store or vault call that answers once.
#include "credentials/secretvault.h"

#include <QTest>

#include <optional>

inline Berth::Result<void>
waitDone(const std::function<void(QObject *, Berth::Auth::SecretVault::Done)> &call)
{
    QObject context;
    std::optional<Berth::Result<void>> answer;
    call(&context, [&answer](const Berth::Result<void> &r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000))
        return Berth::Error(Berth::ErrorKind::Internal, QStringLiteral("no answer"));
    return *answer;
}
