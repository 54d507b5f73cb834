// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

namespace Berth::Registry {

RetryPolicy::RetryPolicy()
    : m_random([] { return QRandomGenerator::global()->generateDouble(); })
{}

bool RetryPolicy::isTransient(Fault fault, int status)
{
    switch (fault) {
    case Fault::ConnectionFailed:
    case Fault::Timeout:
        return true;
    case Fault::Status:
        return status == 429 || status == 502 || status == 503 || status == 504;
    case Fault::Other:
        return false;
    }
    return false;
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                                      const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional(std::chrono::milliseconds(
                                 qMin<qlonglong>(seconds, 86400LL * 365) * 1000));
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(date);
    return std::chrono::milliseconds(qMax<qint64>(ms, 0));
}

bool RetryPolicy::allowsTry(int nextTry, std::chrono::milliseconds elapsed,
                            std::chrono::milliseconds wait) const
{
    if (nextTry > m_maxTries)
        return false;
    return m_deadline.count() <= 0 || elapsed + wait <= m_deadline;
}

std::chrono::milliseconds
RetryPolicy::delay(int nextTry, std::optional<std::chrono::milliseconds> retryAfter) const
{
    if (retryAfter)
        return *retryAfter;
    qint64 step = FirstDelay.count();
    for (int i = 2; i < nextTry && step < MaxDelay.count(); ++i)
        step *= 2;
    step = qMin<qint64>(step, MaxDelay.count());
    const double jittered = static_cast<double>(step) * (0.5 + 0.5 * m_random());
    return std::chrono::milliseconds(static_cast<qint64>(jittered * m_scale));
}

} // namespace Berth::Registry
