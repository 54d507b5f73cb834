// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"

#include "base/windowsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
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

void installTranslations()
{
    installTranslations(QString());
}

void installTranslations(const QString &localeName)
{
    // A chosen language is the default locale too, so that numbers and dates follow it.
    if (!localeName.isEmpty())
        QLocale::setDefault(QLocale(localeName));
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // The first folder that has the user's language wins; English (the plural forms of
    // the source texts) is the fallback.
    auto *berth = new QTranslator(app);
    const QStringList dirs = translationDirectories();
    bool loaded = false;
    for (const QString &dir : dirs) {
        loaded = berth->load(QLocale(), QStringLiteral("berth"), QStringLiteral("_"), dir);
        if (loaded)
            break;
    }
    for (qsizetype i = 0; !loaded && i < dirs.size(); ++i)
        loaded = berth->load(QStringLiteral("berth_en"), dirs.at(i));
    if (loaded)
        QCoreApplication::installTranslator(berth);
    else
        delete berth;
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
