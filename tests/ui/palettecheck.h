// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colours a rendered picture is made of: the ones covering a good share of its pixels
// (its fills and, in big enough type, its text), and whether each is a colour the palette
// names, one Berth documents as derived from it (docs/appearance.md #palette), or the
// style's lighter or darker shade of one of those.

#include "ui/palettecolors.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QStringList>

#include <algorithm>

namespace PaletteCheck {

// The colours that cover more than `share` of the image's pixels, most first.
inline QList<QRgb> dominantColors(const QImage &picture, double share = 0.02)
{
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++counts[line[x] | 0xff000000u];
    }
    QList<QRgb> dominant;
    const double pixels = double(image.width()) * image.height();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > share * pixels)
            dominant.append(it.key());
    }
    std::sort(dominant.begin(), dominant.end(),
              [&counts](QRgb a, QRgb b) { return counts.value(a) > counts.value(b); });
    return dominant;
}

// The palette's colours (every role, every group) and the derived ones.
inline QList<QColor> allowedColors(const QPalette &palette)
{
    using namespace Berth::Ui;
    QList<QColor> colors;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role != QPalette::NoRole)
                colors.append(palette.color(group, QPalette::ColorRole(role)));
        }
    }
    colors.append(PaletteColors::noticeBackground(palette));
    colors.append(PaletteColors::errorBackground(palette));
    for (const auto role : {QPalette::Window, QPalette::Base})
        colors.append(PaletteColors::errorText(palette.color(role)));
    return colors;
}

// Within a few steps of a channel: the style's own rounding of a role's colour (a gradient
// start at 100%, an alpha blend over itself) is not a colour of its own.
inline bool isNear(const QColor &a, const QColor &b, int tolerance)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
           qAbs(a.blue() - b.blue()) <= tolerance;
}

// A shade of `role`: the same hue, lighter or darker. The Fusion style draws frames,
// grooves and its bar's gradient with QColor::lighter() and darker() of the roles; the
// unusual palette gives each role a hue of its own, so a shade still names its role.
inline bool isShadeOf(const QColor &color, const QColor &role)
{
    constexpr int Chromatic = 24; // HSV saturation below which the hue means little
    constexpr int SameHue = 6;    // degrees
    if (color.hsvSaturation() < Chromatic || role.hsvSaturation() < Chromatic)
        return false;
    const int apart = qAbs(color.hsvHue() - role.hsvHue());
    return qMin(apart, 360 - apart) <= SameHue;
}

// The dominant colours of `picture` that the palette does not explain, by name ("#b00020").
inline QStringList strangers(const QImage &picture, const QPalette &palette, int tolerance = 3)
{
    const QList<QColor> allowed = allowedColors(palette);
    QStringList unexplained;
    for (const QRgb rgb : dominantColors(picture)) {
        const QColor color = QColor::fromRgb(rgb);
        const bool known = std::any_of(allowed.cbegin(), allowed.cend(), [&](const QColor &c) {
            return isNear(c, color, tolerance) || isShadeOf(color, c);
        });
        if (!known)
            unexplained.append(color.name());
    }
    return unexplained;
}

} // namespace PaletteCheck
