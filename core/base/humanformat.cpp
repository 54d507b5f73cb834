// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/humanformat.h"

namespace Berth {

QString HumanFormat::size(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    double value = double(qMax<qint64>(bytes, 0));
    int unit = 0;
    while (value >= 1000.0 && unit < 6) {
        value /= 1000.0;
        ++unit;
    }
    return QString::number(value, 'g', 3) + QLatin1StringView(units[unit]);
}

QString HumanFormat::localeSize(qint64 bytes)
{
    const QLocale locale;
    bytes = qMax<qint64>(bytes, 0);
    if (bytes < 1000)
        return locale.formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat);
    double value = double(bytes);
    qint64 unit = 1;
    // Three significant digits, moving to the next unit when rounding reaches 1000
    // (999.6 kB is "1 MB", not "1e+03 kB").
    while (QString::number(value, 'g', 3).toDouble() >= 1000.0 &&
           unit < Q_INT64_C(1000000000000000000)) {
        value /= 1000.0;
        unit *= 1000;
    }
    // The unit as the locale writes it ("MB", "Mo"): its own text for one of that unit,
    // without the "1".
    const QString one = locale.formattedDataSize(unit, 0, QLocale::DataSizeSIFormat);
    return locale.toString(value, 'g', 3) + one.mid(locale.toString(1).size());
}

QString HumanFormat::age(qint64 createdSeconds, qint64 nowSeconds)
{
    const qint64 seconds = nowSeconds - createdSeconds;
    if (seconds < 1)
        return tr("Less than a second ago");
    if (seconds < 60)
        return tr("%n second(s) ago", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return tr("About a minute ago");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours == 1)
        return tr("About an hour ago");
    if (hours < 48)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 14)
        return tr("%n day(s) ago", nullptr, int(days));
    if (days < 60)
        return tr("%n week(s) ago", nullptr, int(days / 7));
    if (days < 730)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString HumanFormat::shortId(const QString &id)
{
    const qsizetype colon = id.indexOf(u':');
    return id.mid(colon + 1, 12);
}

QString HumanFormat::duration(qint64 seconds)
{
    seconds = qMax<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s", "seconds").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s", "minutes and seconds").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min", "hours and minutes").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QDateTime HumanFormat::parseTimestamp(const QString &iso8601)
{
    // Qt reads at most milliseconds: Go's nanoseconds (".123456789") are cut to three digits.
    QString text = iso8601.trimmed();
    const qsizetype dot = text.indexOf(u'.', text.indexOf(u'T'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            text.remove(dot + 4, end - dot - 4);
    }
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid() || text.size() < 19)
        return {};
    return moment;
}

QString HumanFormat::localeTime(const QString &iso8601, QLocale::FormatType format)
{
    const QDateTime moment = parseTimestamp(iso8601);
    return moment.isValid() ? localeTime(moment, format) : iso8601;
}

QString HumanFormat::localeTime(const QDateTime &moment, QLocale::FormatType format)
{
    return QLocale().toString(moment.toLocalTime(), format);
}

} // namespace Berth
