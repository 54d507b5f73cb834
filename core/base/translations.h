// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Berth {

// Installs Berth's translations (compiled into each executable under :/i18n) for the
// user's locale. English is a translation too: it carries the plural forms of "%n ...".
// Falls back to it when there is none for the locale, or the locale is C/POSIX.
void installTranslations();

} // namespace Berth
