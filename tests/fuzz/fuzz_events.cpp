// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the engine's /events stream. Besides "no crash", it checks that the
// transport's split never changes the result (the input fed whole and the same bytes cut
// at a point taken from the input give the same events and the same verdict), that an
// error silences the parser, and that the two clocks of an event agree whenever the engine
// gave only one of them.
#include "engine/engineeventparser.h"
#include "splitinvariance.h"

#include <cstdint>
#include <cstdlib>
#include <limits>

using Berth::Engine::EngineEvent;
using Berth::Engine::EngineEventParser;

namespace {

// A small cap, so inputs of fuzzing size reach the over-long line too.
constexpr qsizetype MaxLineBytes = 512;

bool same(const EngineEvent &a, const EngineEvent &b)
{
    return a.type == b.type && a.action == b.action && a.actorId == b.actorId &&
           a.attributes == b.attributes && a.scope == b.scope && a.time == b.time &&
           a.timeNano == b.timeNano;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QList<EngineEvent> events =
        SplitInvariance::parseCheckingTheCut<EngineEventParser>(data, size, MaxLineBytes, same);
    constexpr qint64 nanosPerSecond = 1000000000;
    for (const EngineEvent &event : events) {
        // A missing clock is derived from the other: no seconds means none in the
        // nanoseconds either, and no nanoseconds means no usable seconds.
        if (event.time == 0 && event.timeNano / nanosPerSecond != 0)
            std::abort();
        if (event.timeNano == 0 && event.time > 0 &&
            event.time <= std::numeric_limits<qint64>::max() / nanosPerSecond)
            std::abort();
    }
    return 0;
}
