// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"

#include "base/windowsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace Berth {

QStringList translationDirectories()
{
    // Beside the program first (bin/../share/berth/translations: installed, or the build
    // folder), then the data folders: /usr/share, /usr/local/share and the user's own.
    QStringList dirs{QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                     QStringLiteral("/../share/berth/translations"))};
    const QStringList data = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                                       QStringLiteral("berth/translations"),
                                                       QStandardPaths::LocateDirectory);
    for (const QString &dir : data) {
        if (!dirs.contains(QDir::cleanPath(dir)))
            dirs.append(QDir::cleanPath(dir));
    }
    return dirs;
}

QString windowLanguage()
{
    return openWindowSettings()->value(QLatin1StringView(LanguageKey)).toString();
}

QStringList availableLanguages()
{
    QStringList languages;
    for (const QString &dir : translationDirectories()) {
        const QStringList files = QDir(dir).entryList({QStringLiteral("berth_*.qm")}, QDir::Files);
        for (const QString &file : files) {
            const QString name = file.mid(6, file.size() - 9); // berth_xx.qm -> xx
            if (!languages.contains(name))
                languages.append(name);
        }
    }
    languages.sort();
    return languages;
}

QLocale uiLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

namespace {

bool installFrom(const QLocale &locale, const QString &name, const QStringList &dirs)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &dir : dirs) {
        if (translator->load(locale, name, QStringLiteral("_"), dir))
            return QCoreApplication::installTranslator(translator);
    }
    delete translator;
    return false;
}

} // namespace

void installTranslations(const QString &language)
{
    const QLocale locale = uiLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    installFrom(locale, QStringLiteral("qtbase"),
                {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});

    // The first folder that has the user's language wins; English (the plural forms of
    // the source texts) is the fallback.
    const QStringList dirs = translationDirectories();
    if (!installFrom(locale, QStringLiteral("berth"), dirs))
        installFrom(QLocale(QLocale::English), QStringLiteral("berth"), dirs);
}

void removeTranslations()
{
    const auto translators =
        QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace Berth
