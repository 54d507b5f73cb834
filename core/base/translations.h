// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

namespace Berth {

// Where Berth's compiled translations (berth_xx.qm files) are looked for, first to last:
// share/berth/translations beside the program's bin/ folder (installed, or the build
// folder), then berth/translations in each data folder ($XDG_DATA_HOME, $XDG_DATA_DIRS).
QStringList translationDirectories();

// The language Settings ▸ General chose for the window (ui/language in the window's settings,
// base/windowsettings.h): a locale name ("de", "fr_FR"), empty for the system's. berthctl
// does not read it: a command-line tool follows the environment.
QString windowLanguage();

// The languages there is a translation for, as locale names ("de", "en", "fr"), sorted:
// what a language chooser offers besides the system's.
QStringList availableLanguages();

// The locale texts, dates and numbers follow: the named language when it is not empty,
// else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as Qt reads them).
QLocale uiLocale(const QString &language = QString());

// Installs Qt's (standard dialogs, qtbase_xx.qm) and Berth's translations for
// uiLocale(language); a named language also becomes QLocale's default, so that dates and
// sizes follow it. English is a translation too: it carries the plural forms of "%n ...".
// Falls back to it when there is none for the locale, or the locale is C/POSIX.
void installTranslations(const QString &language = QString());

// Takes back what installTranslations() installed: texts are English from then on (shell
// completion reads berthctl's help by its English headings).
void removeTranslations();

} // namespace Berth
