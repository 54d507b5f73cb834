// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

#include <memory>

namespace Berth {

// The window's settings file ($XDG_CONFIG_HOME/Berth/window.ini): what the Settings dialog
// sets and what the window remembers between starts. Never a secret (docs/settings.md).
std::unique_ptr<QSettings> openWindowSettings();

// The Settings dialog's language (General page): a locale name such as "de", empty for the
// system's. The window applies it at its next start.
inline constexpr char LanguageKey[] = "ui/language";

} // namespace Berth
