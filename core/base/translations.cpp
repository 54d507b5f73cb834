// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Berth {

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *berth = new QTranslator(app);
    const QString dir = QStringLiteral(":/i18n");
    if (berth->load(QLocale(), QStringLiteral("berth"), QStringLiteral("_"), dir) ||
        berth->load(QStringLiteral("berth_en"), dir))
        QCoreApplication::installTranslator(berth);
    else
        delete berth;
}

} // namespace Berth
