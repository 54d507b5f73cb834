// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the engine's progress stream (pull, push, load). Besides "no
// crash", it checks that the transport's split never changes the result: the input fed
// whole and the same bytes cut at a point taken from the input give the same messages
// and the same verdict. The messages are then folded into TransferProgress, whose byte
// counts must stay sane whatever the daemon claims.
#include "engine/progressstreamparser.h"
#include "engine/transferprogress.h"
#include "splitinvariance.h"

#include <cstdint>
#include <cstdlib>

using Berth::Engine::ProgressMessage;
using Berth::Engine::ProgressStreamParser;
using Berth::Engine::TransferProgress;

namespace {

// A small cap, so inputs of fuzzing size reach the over-long line too.
constexpr qsizetype MaxLineBytes = 512;

bool same(const ProgressMessage &a, const ProgressMessage &b)
{
    return a.status == b.status && a.id == b.id && a.current == b.current && a.total == b.total &&
           a.errorMessage == b.errorMessage && a.errorCode == b.errorCode && a.stream == b.stream &&
           a.aux == b.aux;
}

void checkProgress(const TransferProgress &progress)
{
    // A layer has moved a non-negative count, its size is unknown (-1) or positive, and a
    // known size bounds what moved; so the sums agree too.
    for (const auto &layer : progress.layers()) {
        if (layer.current < 0 || (layer.total != -1 && layer.total <= 0))
            std::abort();
        if (layer.total > 0 && layer.current > layer.total)
            std::abort();
    }
    const qint64 done = progress.bytesDone();
    const qint64 total = progress.bytesTotal();
    if (done < 0 || total < -1 || (total >= 0 && done > total))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QList<ProgressMessage> messages =
        SplitInvariance::parseCheckingTheCut<ProgressStreamParser>(data, size, MaxLineBytes, same);

    // Berth shows the progress after every line, so the invariants hold after each one.
    TransferProgress progress;
    for (const ProgressMessage &message : messages) {
        progress.apply(message);
        checkProgress(progress);
    }
    // The error is the last error line's message, and only an error line sets it.
    QString lastError;
    for (const ProgressMessage &message : messages) {
        if (message.isError())
            lastError = message.errorMessage;
    }
    if (progress.error() != lastError)
        std::abort();
    return 0;
}
