// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace Berth::Registry {

// Which failures are worth another try, and how long to wait first. Pure: the clock and
// the jitter come from outside, so tests need no sleeping.
class RetryPolicy final
{
public:
    enum class Fault {
        ConnectionFailed, // reset, refused, closed early, a short read
        Timeout,          // connect timeout or a stall (no byte for the idle timeout)
        Status,           // an HTTP status (see the status argument)
        Other,            // TLS, DNS, protocol: not transient
    };

    static constexpr int MaxTries = 5;
    static constexpr std::chrono::milliseconds FirstDelay{2000};
    static constexpr std::chrono::milliseconds MaxDelay{60000};

    // Jitter source: a number in [0, 1).
    using Random = std::function<double()>;
    RetryPolicy();

    // Multiplies every backoff delay (tests set e.g. 0.01); Retry-After is not scaled.
    void setScale(double scale) { m_scale = scale; }
    // At most this many tries of one request (default MaxTries).
    void setMaxTries(int tries) { m_maxTries = tries; }
    int maxTries() const { return m_maxTries; }
    // No try starts later than this after a request's first (or its last progress); 0 (the
    // default) bounds nothing. berthctl sets one, so a script learns soon that a registry
    // is gone (docs/exit-codes.md, "Retries").
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    // A connection refused on the loopback means nothing listens there: fail at once
    // instead of retrying (off by default; berthctl turns it on).
    void setFailFastOnLoopbackRefusal(bool on) { m_failFastOnLoopbackRefusal = on; }
    bool failsFastOnLoopbackRefusal() const { return m_failFastOnLoopbackRefusal; }
    // Whether try number `nextTry`, starting `wait` from now, `elapsed` after the first
    // try, is still allowed by maxTries() and deadline().
    bool allowsTry(int nextTry, std::chrono::milliseconds elapsed,
                   std::chrono::milliseconds wait) const;
    void setRandom(Random random) { m_random = std::move(random); }

    // Whether this fault is transient: reset/refused, timeouts, 429, 502, 503, 504.
    static bool isTransient(Fault fault, int status = 0);
    // Retry-After as seconds or an HTTP date, relative to now; nullopt if absent or bad.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                                    const QDateTime &now);

    // The wait before try number `nextTry` (2..MaxTries): 2 s doubling to 60 s, each
    // between half and the full step (jitter), or the server's Retry-After when given.
    std::chrono::milliseconds
    delay(int nextTry, std::optional<std::chrono::milliseconds> retryAfter = std::nullopt) const;

private:
    double m_scale = 1.0;
    int m_maxTries = MaxTries;
    std::chrono::milliseconds m_deadline{0};
    bool m_failFastOnLoopbackRefusal = false;
    Random m_random;
};

} // namespace Berth::Registry
