// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/palettecolors.h"

#include <cmath>

namespace Berth::Ui::PaletteColors {

namespace {

constexpr qreal TintAmount = 0.15;
constexpr qreal ReadableContrast = 4.5;
// The hue and saturation of the error colour (HSL). Its lightness follows the background.
constexpr int ErrorHue = 0;
constexpr int ErrorSaturation = 200;

qreal channel(qreal value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const auto blend = [amount](int x, int y) {
        return qRound(x + (y - x) * amount);
    };
    const QColor ra = a.toRgb();
    const QColor rb = b.toRgb();
    return QColor(blend(ra.red(), rb.red()), blend(ra.green(), rb.green()),
                  blend(ra.blue(), rb.blue()));
}

qreal luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor noticeBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), TintAmount);
}

QColor errorBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return mix(base, errorText(base), TintAmount);
}

QColor errorText(const QColor &background)
{
    const bool dark = luminance(background) < 0.18;
    // From the middle of the scale away from the background: the first lightness that reads
    // is the one nearest the background, the least glaring. The ends (black, white) always
    // reach 4.5:1 on their side, since 0.18 splits the scale there.
    QColor candidate;
    for (int step = 0; step <= 127; ++step) {
        const int lightness = dark ? 128 + step : 128 - step;
        candidate = QColor::fromHsl(ErrorHue, ErrorSaturation, lightness);
        if (contrast(candidate, background) >= ReadableContrast)
            break;
    }
    return candidate;
}

QColor textOn(const QPalette &palette, const QColor &background)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor bright = palette.color(QPalette::BrightText);
    return contrast(text, background) >= contrast(bright, background) ? text : bright;
}

} // namespace Berth::Ui::PaletteColors
