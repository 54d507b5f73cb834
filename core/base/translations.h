// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Berth {

// Where Berth's compiled translations (berth_xx.qm files) are looked for, first to last:
// share/berth/translations beside the program's bin/ folder (installed, or the build
// folder), then berth/translations in each data folder ($XDG_DATA_HOME, $XDG_DATA_DIRS).
QStringList translationDirectories();

// Installs Qt's and Berth's translations for the user's locale. English is a translation
// too: it carries the plural forms of "%n ...". Falls back to it when there is none for
// the locale, or the locale is C/POSIX.
void installTranslations();
// The same for the locale named (e.g. "de"); empty: the user's locale. The window passes the
// language chosen in its Settings (windowLanguage()).
void installTranslations(const QString &localeName);
// The language the Settings dialog chose for the window (ui/language), empty for the system's.
QString windowLanguage();

// Takes back what installTranslations() installed: texts are English from then on (shell
// completion reads berthctl's help by its English headings).
void removeTranslations();

} // namespace Berth
