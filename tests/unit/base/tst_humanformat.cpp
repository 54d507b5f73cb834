// SPDX-License-Identifier: GPL-3.0-or-later
// Sizes as the window shows them follow the locale ("1,5 MB" in German, "1,5 Mo" in
// French); the docker-style figure berthctl prints stays the same in every locale.
#include "base/humanformat.h"

#include <QLocale>
#include <QTest>

using Berth::HumanFormat;

class TestHumanFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestHumanFormat)
#include "tst_humanformat.moc"
