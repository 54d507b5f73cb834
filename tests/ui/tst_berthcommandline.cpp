// SPDX-License-Identifier: GPL-3.0-or-later
// `berth --help` and `berth --version` as a program, with no display at all: they print
// and exit 0, as on a server or in a terminal without X or Wayland.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestBerthCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersWithoutADisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--host <URL>");
        QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--screenshot <FILE>");
        QTest::newRow("--version")
            << QStringLiteral("--version") << QStringLiteral("Berth " BERTH_VERSION);
    }

    void answersWithoutADisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        QProcess berth;
        berth.setProcessEnvironment(environment);
        berth.start(QStringLiteral(BERTH_EXECUTABLE), {option});
        QVERIFY(berth.waitForFinished(30000));
        const QString out = QString::fromLocal8Bit(berth.readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(berth.readAllStandardError());
        QCOMPARE(berth.exitStatus(), QProcess::NormalExit);
        QVERIFY2(berth.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.contains(expected), qPrintable(out + err));
    }

    // Settings ▸ General's language (ui/language in the window's settings file) wins over
    // the locale of the environment from the next start; Qt's own strings show it.
    void languageFromTheSettings()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German translation (qt6-translations-l10n) is not installed");
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("Berth"))));
        const auto help = [&config] {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
            for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
                environment.remove(QString::fromLatin1(name));
            QProcess berth;
            berth.setProcessEnvironment(environment);
            berth.start(QStringLiteral(BERTH_EXECUTABLE), {QStringLiteral("--help")});
            berth.waitForFinished(30000);
            return QString::fromLocal8Bit(berth.readAllStandardOutput());
        };
        QVERIFY(help().contains(QStringLiteral("Options:")));
        QFile settings(config.filePath(QStringLiteral("Berth/window.ini")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=de\n");
        settings.close();
        const QString german = help();
        QVERIFY2(german.contains(QStringLiteral("Optionen:")), qPrintable(german));
    }
};

QTEST_GUILESS_MAIN(TestBerthCommandLine)
#include "tst_berthcommandline.moc"
