// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Berth {

// Sizes and ages the way `docker images` prints them, so users see the same figures in
// Berth, berthctl and the docker CLI.
class HumanFormat final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::HumanFormat)

public:
    // Decimal units with three significant digits: 4.86MB, 123kB, 1.2GB. Always so, in
    // every language: berthctl prints it where docker prints the same figure.
    static QString size(qint64 bytes);
    // The same figure as the user's locale writes it, for the window: "4.86 MB" in
    // English, "4,86 MB" in German, "4,86 Mo" in French, "999 bytes" below a kilobyte.
    static QString localeSize(qint64 bytes);
    // "About a minute ago", "3 days ago", "2 years ago".
    static QString age(qint64 createdSeconds, qint64 nowSeconds);
    // The short image ID: 12 hex digits without the algorithm.
    static QString shortId(const QString &id);
    // A time left, as short as a table column wants it: "45 s", "3 min 20 s", "2 h 5 min".
    static QString duration(qint64 seconds);
    // A moment as the user's locale writes it, in local time. Takes what engines and
    // registries send: RFC 3339 with nanoseconds and Z or an offset. What does not parse is
    // given back as it came, so no value is ever lost to a display format.
    static QString localeTime(const QString &iso8601,
                              QLocale::FormatType format = QLocale::LongFormat);
    static QString localeTime(const QDateTime &moment,
                              QLocale::FormatType format = QLocale::LongFormat);
    // RFC 3339 / ISO 8601 as engines write it; invalid when it is not one.
    static QDateTime parseTimestamp(const QString &iso8601);
};

} // namespace Berth
