// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appearance.h"

#include "ui/portalcolorscheme.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

namespace Berth::Ui {

namespace {

const QString FusionStyle = QStringLiteral("Fusion");

// The style the platform chose before Berth changed it, for System.
QString &platformStyle()
{
    static QString name;
    return name;
}

Appearance::Scheme &applied()
{
    static Appearance::Scheme scheme = Appearance::Scheme::System;
    return scheme;
}

// The desktop's preference, once followDesktop() was called; owned by the application.
QPointer<PortalColorScheme> &portal()
{
    static QPointer<PortalColorScheme> instance;
    return instance;
}

struct RoleColors
{
    QPalette::ColorRole role;
    QRgb active;
    QRgb disabled;
};

QPalette paletteOf(std::initializer_list<RoleColors> roles)
{
    QPalette palette;
    for (const RoleColors &entry : roles) {
        palette.setColor(QPalette::Active, entry.role, QColor::fromRgb(entry.active));
        palette.setColor(QPalette::Inactive, entry.role, QColor::fromRgb(entry.active));
        palette.setColor(QPalette::Disabled, entry.role, QColor::fromRgb(entry.disabled));
    }
    return palette;
}

} // namespace

QString Appearance::name(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return QStringLiteral("light");
    case Scheme::Dark:
        return QStringLiteral("dark");
    case Scheme::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Scheme Appearance::fromName(const QString &name)
{
    if (name == u"light")
        return Scheme::Light;
    if (name == u"dark")
        return Scheme::Dark;
    return Scheme::System;
}

QString Appearance::label(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return tr("Light");
    case Scheme::Dark:
        return tr("Dark");
    case Scheme::System:
        break;
    }
    return tr("System");
}

Appearance::Scheme Appearance::current()
{
    return applied();
}

bool Appearance::desktopPrefersDark()
{
    return portal() && portal()->preference() == PortalColorScheme::Preference::Dark;
}

void Appearance::followDesktop()
{
    if (portal())
        return;
    portal() = new PortalColorScheme(qApp);
    QObject::connect(portal(), &PortalColorScheme::changed, qApp, [] {
        if (current() == Scheme::System)
            apply(Scheme::System);
    });
}

void Appearance::apply(Scheme scheme)
{
    applied() = scheme;
    if (platformStyle().isEmpty())
        platformStyle() = QApplication::style()->name();
    // System on a desktop that prefers dark: the platform's palette is most often the light
    // one still (Qt 6.4 does not read the portal), so Berth's dark one stands in for it.
    if (scheme == Scheme::System && desktopPrefersDark())
        scheme = Scheme::Dark;
    const QString style = scheme == Scheme::System ? platformStyle() : FusionStyle;
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    switch (scheme) {
    case Scheme::System:
        // A palette that sets no role: the platform's (its theme's) palette again.
        QApplication::setPalette(QPalette());
        break;
    case Scheme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Scheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

// Text on its backgrounds reaches at least 7:1, Highlighted text on Highlight and the links
// on Base at least 4.5:1 (WCAG AA); tests/ui/tst_palette.cpp checks it. Disabled text is
// dimmed, as WCAG allows for controls that cannot be used.
QPalette Appearance::darkPalette()
{
    return paletteOf({
        {QPalette::Window, 0x2b2b2e, 0x2b2b2e},
        {QPalette::WindowText, 0xe8e8ea, 0x86868c},
        {QPalette::Base, 0x1e1e21, 0x242427},
        {QPalette::AlternateBase, 0x27272b, 0x27272b},
        {QPalette::ToolTipBase, 0x3a3a3f, 0x3a3a3f},
        {QPalette::ToolTipText, 0xe8e8ea, 0x86868c},
        {QPalette::PlaceholderText, 0x9c9ca3, 0x6e6e74},
        {QPalette::Text, 0xe8e8ea, 0x86868c},
        {QPalette::Button, 0x3a3a3f, 0x333337},
        {QPalette::ButtonText, 0xe8e8ea, 0x86868c},
        {QPalette::BrightText, 0x111113, 0x111113},
        {QPalette::Light, 0x55555b, 0x4a4a4f},
        {QPalette::Midlight, 0x46464b, 0x3e3e43},
        {QPalette::Mid, 0x5f5f66, 0x4f4f55},
        {QPalette::Dark, 0x1a1a1c, 0x1a1a1c},
        {QPalette::Shadow, 0x0c0c0d, 0x0c0c0d},
        {QPalette::Highlight, 0x2a64b4, 0x3a3a3f},
        {QPalette::HighlightedText, 0xffffff, 0x9c9ca3},
        {QPalette::Link, 0x7cb3ff, 0x6a7f99},
        {QPalette::LinkVisited, 0xc3a2ff, 0x857a99},
    });
}

QPalette Appearance::lightPalette()
{
    return paletteOf({
        {QPalette::Window, 0xefeff1, 0xefeff1},
        {QPalette::WindowText, 0x1c1c1f, 0x8c8c92},
        {QPalette::Base, 0xffffff, 0xf5f5f6},
        {QPalette::AlternateBase, 0xf5f5f7, 0xf5f5f7},
        {QPalette::ToolTipBase, 0xffffe1, 0xffffe1},
        {QPalette::ToolTipText, 0x1c1c1f, 0x8c8c92},
        {QPalette::PlaceholderText, 0x6b6b72, 0xa0a0a6},
        {QPalette::Text, 0x1c1c1f, 0x8c8c92},
        {QPalette::Button, 0xe6e6e9, 0xececee},
        {QPalette::ButtonText, 0x1c1c1f, 0x8c8c92},
        {QPalette::BrightText, 0xffffff, 0xffffff},
        {QPalette::Light, 0xffffff, 0xffffff},
        {QPalette::Midlight, 0xf2f2f4, 0xf2f2f4},
        {QPalette::Mid, 0xa8a8ae, 0xc0c0c5},
        {QPalette::Dark, 0x9a9aa0, 0xb4b4b9},
        {QPalette::Shadow, 0x6b6b70, 0x6b6b70},
        {QPalette::Highlight, 0x2a64b4, 0xc8c8cd},
        {QPalette::HighlightedText, 0xffffff, 0x6b6b72},
        {QPalette::Link, 0x1d5bb0, 0x7a8aa3},
        {QPalette::LinkVisited, 0x6b3fb0, 0x8a7fa3},
    });
}

} // namespace Berth::Ui
