// SPDX-License-Identifier: GPL-3.0-or-later
// The window speaks the user's language: German when the environment asks for it
// (LANGUAGE=de, set for this test), French when the window's setting names it, with Qt's own
// buttons translated too (Debian's qt6-translations-l10n) and sizes as the locale writes
// them (a language the setting names is the locale's too). The .qm files are the build's
// (XDG_DATA_DIRS names the build's share folder).
#include "base/humanformat.h"
#include "base/translations.h"
#include "testenv.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

// The menu bar's titles, of a window on an engine that is not there.
QStringList menuTitles(const QString &nowhere)
{
    MainWindow::Options options;
    options.endpoint = *Engine::EngineEndpoint::parse(QStringLiteral("unix://") + nowhere);
    MainWindow window(options);
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString cancelText()
{
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text().remove(u'&');
}

} // namespace

class TestWindowLanguage final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(qEnvironmentVariable("LANGUAGE"), QStringLiteral("de"));
        QVERIFY2(availableLanguages().contains(QStringLiteral("de")) &&
                     availableLanguages().contains(QStringLiteral("fr")),
                 qPrintable(availableLanguages().join(u',')));
    }

    void cleanup()
    {
        removeTranslations();
        QLocale::setDefault(QLocale::system());
    }

    void speaksTheLanguage_data()
    {
        QTest::addColumn<QString>("setting"); // what the window's main() passes from ui/language
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("size"); // 1,500,000 bytes
        QTest::addColumn<QString>("qtLanguage");
        QTest::addColumn<QString>("cancel"); // Qt's own Cancel button
        QTest::addColumn<QString>("count");  // the status bar's 1234 image tags
        // LANGUAGE names the language of messages; numbers follow LC_NUMERIC (C here).
        QTest::newRow("German from LANGUAGE") << QString() << "&Datei"
                                              << "1.5 MB"
                                              << "de"
                                              << "Abbrechen"
                                              << "1,234 Image-Tags";
        QTest::newRow("French from the setting") << "fr"
                                                 << "&Fichier"
                                                 << "1,5 Mo"
                                                 << "fr"
                                                 << "Annuler"
                                                 << "1 234 tags d'image";
        QTest::newRow("English without a translation")
            << "ja"
            << "&File" << QString() << QString() << QString() << "1,234 image tags";
    }

    void speaksTheLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, fileMenu);
        QFETCH(QString, size);
        QFETCH(QString, qtLanguage);
        QFETCH(QString, cancel);
        QFETCH(QString, count);
        installTranslations(setting);
        // Counts are the locale's numbers (%Ln), in the translated sentence.
        QCOMPARE(
            QCoreApplication::translate("Berth::Ui::MainWindow", "%Ln image tag(s)", nullptr, 1234)
                .replace(QChar(0x202f), u' ')
                .replace(QChar(0x00a0), u' '),
            count);
        const QStringList titles = menuTitles(m_dir.filePath(QStringLiteral("none.sock")));
        QVERIFY2(titles.contains(fileMenu), qPrintable(titles.join(u' ')));
        if (!size.isEmpty())
            QCOMPARE(HumanFormat::localeSize(1500000).replace(QChar(0x00a0), u' '), size);
        if (qtLanguage.isEmpty())
            return;
        requireQtTranslation(qtLanguage);
        QCOMPARE(cancelText(), cancel);
    }

private:
    // Qt's own translations come with Debian's qt6-translations-l10n (packaging/dev.sh
    // installs it); without it only CI fails.
    static void requireQtTranslation(const QString &language)
    {
        const QString file = QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                             QStringLiteral("/qtbase_") + language + QStringLiteral(".qm");
        if (QFile::exists(file))
            return;
        if (TestEnv::isCi())
            QFAIL(qPrintable(file + QStringLiteral(" is missing: install qt6-translations-l10n")));
        QSKIP(qPrintable(file + QStringLiteral(" is missing: install qt6-translations-l10n")));
    }
};

QTEST_MAIN(TestWindowLanguage)
#include "tst_windowlanguage.moc"
