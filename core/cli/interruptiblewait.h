// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "cli/interrupt.h"

#include <QEventLoop>

#include <functional>
#include <optional>

namespace Berth::Cli {

// Cancels what a wait started. Returns true when the operation will report the cancel
// itself through `done` (a stream does, once its socket is closed); otherwise the wait
// ends at once with Cancelled.
using Canceller = std::function<bool()>;

// Runs start(context, done) and the event loop until done is called; Ctrl-C calls the
// canceller start returned. Results that arrive after the wait (for `context`, which dies
// with it) are dropped. What every berthctl command that waits on the network shares.
template<typename T>
Result<T> interruptibleWait(
    Interrupt &interrupt, const QString &cancelledText,
    const std::function<Canceller(QObject *, std::function<void(const Result<T> &)>)> &start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    QObject context;
    const Canceller cancel = start(&context, [&result, &loop](const Result<T> &r) {
        result = r;
        loop.quit();
    });
    QObject::connect(&interrupt, &Interrupt::interrupted, &context, [&] {
        if (cancel && cancel())
            return;
        result = Error(ErrorKind::Cancelled, cancelledText);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace Berth::Cli
