// SPDX-License-Identifier: GPL-3.0-or-later
// `berth --help` and `berth --version` as a program, with no display at all: they print
// and exit 0, as on a server or in a terminal without X or Wayland.
#include <QProcess>
#include <QProcessEnvironment>
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
};

QTEST_GUILESS_MAIN(TestBerthCommandLine)
#include "tst_berthcommandline.moc"
