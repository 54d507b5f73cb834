// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes as the window shows them follow the locale ("1,5 MB" in German, "1,5 Mo" in
// French); the docker-style figure berthctl prints stays the same in every locale.
#include "base/humanformat.h"

#include <QLocale>
#include <QStringList>
#include <QTest>

#include <ctime>

using Berth::HumanFormat;

class TestHumanFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Local time is UTC here, so the figures below are the same on every machine.
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void localeSize_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("C, bytes") << "C" << qint64(999) << "999 bytes";
        QTest::newRow("C, MB") << "C" << qint64(1980000) << "1.98 MB";
        QTest::newRow("C, round MB") << "C" << qint64(2000000) << "2 MB";
        QTest::newRow("C, rounds up to the next unit") << "C" << qint64(999600) << "1 MB";
        QTest::newRow("C, kB") << "C" << qint64(123456) << "123 kB";
        QTest::newRow("de, MB") << "de_DE" << qint64(1500000) << "1,5 MB";
        QTest::newRow("de, bytes") << "de_DE" << qint64(12) << "12 Bytes";
        QTest::newRow("fr, MB") << "fr_FR" << qint64(1500000) << "1,5 Mo";
        QTest::newRow("fr, GB") << "fr_FR" << qint64(4860000000) << "4,86 Go";
    }

    void localeSize()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, bytes);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(locale));
        // Qt separates number and unit with a space, a no-break one in some locales.
        QCOMPARE(HumanFormat::localeSize(bytes)
                     .replace(QChar(0x00a0), u' ')
                     .replace(QChar(0x202f), u' '),
                 shown);
    }

    void dockerSizeIgnoresTheLocale()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(HumanFormat::size(1500000), QStringLiteral("1.5MB"));
        QCOMPARE(HumanFormat::size(4860000), QStringLiteral("4.86MB"));
    }

    // Engines write Go's RFC 3339 with nanoseconds; Qt reads milliseconds.
    void timestampsAsEnginesWriteThem()
    {
        const QDateTime expected(QDate(2026, 1, 2), QTime(3, 4, 5, 123), Qt::UTC);
        QCOMPARE(HumanFormat::parseTimestamp(QStringLiteral("2026-01-02T03:04:05.123456789Z")),
                 expected);
        QCOMPARE(HumanFormat::parseTimestamp(QStringLiteral("2026-01-02T05:04:05.123+02:00")),
                 expected);
        QCOMPARE(HumanFormat::parseTimestamp(QStringLiteral("2026-01-02T03:04:05Z")),
                 expected.addMSecs(-123));
        QVERIFY(!HumanFormat::parseTimestamp(QStringLiteral("yesterday")).isValid());
        QVERIFY(!HumanFormat::parseTimestamp(QStringLiteral("2026-01-02")).isValid());
        QVERIFY(!HumanFormat::parseTimestamp(QString()).isValid());
    }

    // The Details pane's dates: the locale's words and order, in the user's time zone; what
    // is not a timestamp stays as it came.
    void timesFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("en") << QStringLiteral("en_US")
                            << QStringList{QStringLiteral("January 2, 2026"),
                                           QStringLiteral("3:04:05")};
        QTest::newRow("de") << QStringLiteral("de_DE")
                            << QStringList{QStringLiteral("2. Januar 2026"),
                                           QStringLiteral("03:04:05")};
        QTest::newRow("fr") << QStringLiteral("fr_FR")
                            << QStringList{QStringLiteral("2 janvier 2026"),
                                           QStringLiteral("03:04:05")};
    }

    void timesFollowTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, parts);
        QLocale::setDefault(QLocale(locale));
        const QString shown =
            HumanFormat::localeTime(QStringLiteral("2026-01-02T03:04:05.999999999Z"));
        for (const QString &part : parts)
            QVERIFY2(shown.contains(part), qPrintable(shown));
        QVERIFY2(!shown.contains(u"2026-01-02"), qPrintable(shown));
        QCOMPARE(HumanFormat::localeTime(QStringLiteral("not a time")),
                 QStringLiteral("not a time"));
    }
};

QTEST_GUILESS_MAIN(TestHumanFormat)
#include "tst_humanformat.moc"
