// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QString>

#include <chrono>
#include <optional>

namespace Berth::Hub {

// Docker Hub's pull rate limit as the registry's manifest answers state it:
// `ratelimit-limit: 100;w=21600`, `ratelimit-remaining: 76;w=21600` and
// `docker-ratelimit-source`. Docker changes the numbers, so Berth only repeats what the
// headers say; no headers means the account (or mirror) is not limited.
struct HubRateLimit
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Hub::HubRateLimit)

public:
    using Headers = QList<QNetworkReply::RawHeaderPair>;

    bool limited = false;
    qint64 limit = -1;         // pulls per window; -1 when unknown
    qint64 remaining = -1;     // pulls left in the window; -1 when unknown
    qint64 windowSeconds = -1; // the window, from `w=`; -1 when the header gives none
    QString source;            // docker-ratelimit-source: the address (or user id) counted

    static HubRateLimit fromHeaders(const Headers &headers);
    // "76 of 100 pulls left per 6 hours", "not limited", built from the numbers above.
    QString text() const;

    // How long a 429 asks to wait: Retry-After (seconds or an HTTP date), else X-Retry-After
    // or X-RateLimit-Reset (Unix times, as Hub's API sends them); nullopt when none is readable.
    static std::optional<std::chrono::milliseconds> retryAfter(const Headers &headers,
                                                               const QDateTime &now);
};

} // namespace Berth::Hub
