// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hubratelimit.h"

#include "base/humanformat.h"
#include "registry/retrypolicy.h"

namespace Berth::Hub {

namespace {

QByteArray headerOf(const HubRateLimit::Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

// "100;w=21600" -> 100 and 21600; "100" -> 100 and -1. Returns false when the count is unreadable.
bool parseCount(const QByteArray &value, qint64 *count, qint64 *window)
{
    const QList<QByteArray> parts = value.split(';');
    bool ok = false;
    *count = parts.first().trimmed().toLongLong(&ok);
    if (!ok || *count < 0)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        if (part.startsWith("w=")) {
            const qint64 seconds = part.mid(2).toLongLong(&ok);
            if (ok && seconds > 0)
                *window = seconds;
        }
    }
    return true;
}

// A window in the largest whole unit that fits: "6 hours", "1 day", "90 seconds".
QString windowText(qint64 seconds)
{
    if (seconds % 86400 == 0)
        return HubRateLimit::tr("%n day(s)", nullptr, int(seconds / 86400));
    if (seconds % 3600 == 0)
        return HubRateLimit::tr("%n hour(s)", nullptr, int(seconds / 3600));
    if (seconds % 60 == 0)
        return HubRateLimit::tr("%n minute(s)", nullptr, int(seconds / 60));
    return HubRateLimit::tr("%n second(s)", nullptr, int(seconds));
}

} // namespace

HubRateLimit HubRateLimit::fromHeaders(const Headers &headers)
{
    HubRateLimit limit;
    qint64 window = -1;
    qint64 count = -1;
    if (parseCount(headerOf(headers, "ratelimit-limit"), &count, &window))
        limit.limit = count;
    qint64 remainingWindow = -1;
    if (parseCount(headerOf(headers, "ratelimit-remaining"), &count, &remainingWindow))
        limit.remaining = count;
    limit.windowSeconds = window > 0 ? window : remainingWindow;
    limit.limited = limit.limit >= 0 || limit.remaining >= 0;
    limit.source = QString::fromLatin1(headerOf(headers, "docker-ratelimit-source"));
    return limit;
}

QString HubRateLimit::text() const
{
    if (!limited)
        return tr("pulls not limited");
    QString text;
    if (limit >= 0 && remaining >= 0)
        text = tr("%1 of %2 pulls left").arg(remaining).arg(limit);
    else if (remaining >= 0)
        text = tr("%1 pulls left").arg(remaining);
    else
        text = tr("%1 pulls allowed").arg(limit);
    if (windowSeconds > 0)
        text = tr("%1 per %2").arg(text, windowText(windowSeconds));
    return text;
}

std::optional<std::chrono::milliseconds> HubRateLimit::retryAfter(const Headers &headers,
                                                                  const QDateTime &now)
{
    if (auto wait = Registry::RetryPolicy::parseRetryAfter(headerOf(headers, "Retry-After"), now))
        return wait;
    for (const char *name : {"X-Retry-After", "X-RateLimit-Reset"}) {
        bool ok = false;
        const qint64 at = headerOf(headers, name).toLongLong(&ok);
        if (ok && at > 0)
            return std::chrono::milliseconds(
                qMax<qint64>(0, now.msecsTo(QDateTime::fromSecsSinceEpoch(at, Qt::UTC))));
    }
    return std::nullopt;
}

} // namespace Berth::Hub
