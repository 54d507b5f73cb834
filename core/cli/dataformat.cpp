// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/dataformat.h"

namespace Berth::Cli {

QString dockerAge(qint64 createdSeconds, qint64 nowSeconds)
{
    const qint64 seconds = nowSeconds - createdSeconds;
    const qint64 minutes = seconds / 60;
    const qint64 hours = (seconds + 1800) / 3600; // go-units rounds the hours
    QString text;
    if (seconds < 1)
        text = QStringLiteral("Less than a second");
    else if (seconds == 1)
        text = QStringLiteral("1 second");
    else if (seconds < 60)
        text = QStringLiteral("%1 seconds").arg(seconds);
    else if (minutes == 1)
        text = QStringLiteral("About a minute");
    else if (minutes < 60)
        text = QStringLiteral("%1 minutes").arg(minutes);
    else if (hours == 1)
        text = QStringLiteral("About an hour");
    else if (hours < 48)
        text = QStringLiteral("%1 hours").arg(hours);
    else if (hours < 24 * 7 * 2)
        text = QStringLiteral("%1 days").arg(hours / 24);
    else if (hours < 24 * 30 * 2)
        text = QStringLiteral("%1 weeks").arg(hours / 24 / 7);
    else if (hours < 24 * 365 * 2)
        text = QStringLiteral("%1 months").arg(hours / 24 / 30);
    else
        text = QStringLiteral("%1 years").arg(seconds / 3600 / 24 / 365);
    return text + QStringLiteral(" ago");
}

} // namespace Berth::Cli
