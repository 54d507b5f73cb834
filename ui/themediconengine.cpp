// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/themediconengine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace Berth::Ui {

namespace {

QByteArray readSvg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

ThemedIconEngine::ThemedIconEngine(const QString &resourcePath)
    : m_path(resourcePath)
    , m_svg(readSvg(resourcePath))
{}

QColor ThemedIconEngine::colourFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QString ThemedIconEngine::cacheKey(const QString &resourcePath, const QSize &deviceSize,
                                   qreal scale, QIcon::Mode mode, QIcon::State state,
                                   const QColor &colour)
{
    return u"berth-icon:" % resourcePath % u':' % QString::number(deviceSize.width()) % u'x' %
           QString::number(deviceSize.height()) % u'@' % QString::number(scale) % u':' %
           QString::number(int(mode)) % u':' % QString::number(int(state)) % u':' %
           colour.name(QColor::HexArgb);
}

void ThemedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                             QIcon::State state)
{
    // The painter's device decides the ratio: a window on a scale-2 screen gets twice the
    // pixels, never a 1x pixmap stretched.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : qreal(1);
    const QSize side = actualSize(rect.size(), mode, state);
    QRect square(QPoint(), side);
    square.moveCenter(rect.center());
    painter->drawPixmap(square, scaledPixmap(side * ratio, mode, state, ratio));
}

QSize ThemedIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // The icons are square: the largest square that fits.
    const int side = qMin(size.width(), size.height());
    return {side, side};
}

QPixmap ThemedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1);
}

QPixmap ThemedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                       qreal scale)
{
    const QSize deviceSize = actualSize(size, mode, state);
    if (m_svg.isEmpty() || deviceSize.isEmpty())
        return {};
    const QColor colour = colourFor(mode);
    const QString key = cacheKey(m_path, deviceSize, scale, mode, state, colour);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(deviceSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        // A translucent palette colour (some disabled texts are) as the SVG's opacity.
        painter.setOpacity(colour.alphaF());
        renderer.render(&painter);
        painter.end();
        pixmap = QPixmap::fromImage(std::move(image));
        pixmap.setDevicePixelRatio(scale > 0 ? scale : 1);
        QPixmapCache::insert(key, pixmap);
    }
    return pixmap;
}

QIconEngine *ThemedIconEngine::clone() const
{
    return new ThemedIconEngine(*this);
}

QString ThemedIconEngine::key() const
{
    return QStringLiteral("BerthThemedIconEngine");
}

QString ThemedIconEngine::iconName()
{
    return QFileInfo(m_path).completeBaseName();
}

bool ThemedIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace Berth::Ui
