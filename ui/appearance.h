// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPalette>

namespace Berth::Ui {

// The window's colours, chosen in Settings ▸ General (docs/appearance.md #palette): the
// system's (Qt's platform style and palette, untouched, so the desktop's theme applies;
// Berth's dark palette while the desktop portal says the user prefers dark), or Berth's own
// light or dark palette with the Fusion style. Applied to the whole application
// at once, while it runs: every widget gets the palette change and repaints.
class Appearance final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Ui::Appearance)

public:
    enum class Scheme { System, Light, Dark };

    // The stored name ("system", "light", "dark") and back; unknown names are System.
    static QString name(Scheme scheme);
    static Scheme fromName(const QString &name);
    // The words Settings shows.
    static QString label(Scheme scheme);

    // Applies `scheme` to the application; the first call remembers the platform's style,
    // so System can bring it back later.
    static void apply(Scheme scheme);
    // The scheme applied last; System before any.
    static Scheme current();

    // From now on, System follows the desktop portal's dark preference (asked without
    // blocking; applied when it answers and whenever it changes).
    static void followDesktop();
    // Whether System shows Berth's dark palette now, because the desktop prefers dark.
    static bool desktopPrefersDark();

    // Berth's palettes: every role in the Active, Inactive and Disabled groups.
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace Berth::Ui
