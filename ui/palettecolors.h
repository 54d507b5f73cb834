// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace Berth::Ui::PaletteColors {

// The few colours the window derives from the palette instead of naming them
// (docs/appearance.md #palette). Everything else paints with a palette role as it is.

// a * (1 - amount) + b * amount, channel by channel.
QColor mix(const QColor &a, const QColor &b, qreal amount);

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
qreal luminance(const QColor &color);
qreal contrast(const QColor &a, const QColor &b);

// A notice strip's background (the engine banner, the import offer): Base tinted with 15%
// of Highlight, so it stands out as the selection's colour does, light or dark.
QColor noticeBackground(const QPalette &palette);

// An error strip's background: Base tinted with 15% of errorText() on Base.
QColor errorBackground(const QPalette &palette);

// Red text readable on `background`: the red hue at the lightness closest to the
// background's own that reaches a contrast of 4.5:1 (WCAG AA), darker on light backgrounds,
// lighter on dark ones.
QColor errorText(const QColor &background);

// The text colour of the palette with the better contrast on `background`: Text or
// BrightText (which is the opposite of Text in Qt's palettes).
QColor textOn(const QPalette &palette, const QColor &background);

} // namespace Berth::Ui::PaletteColors
