// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QIconEngine>
#include <QString>

namespace Berth::Ui {

// Draws one of Berth's monochrome SVG icons (resources/icons) in the colours of the
// application's palette. The SVG is drawn in `currentColor`; each request replaces it with the
// palette's colour for the icon's mode and renders the SVG at the exact device-pixel size asked
// (the logical size times the device pixel ratio), so an icon is as sharp at QT_SCALE_FACTOR=2
// as at 1 and follows a light or dark palette without being made again.
//
// Pixmaps are kept in QPixmapCache under a key made of the file, the device size, the ratio,
// the mode, the state and the colour: a palette change gives new keys, hence new pixmaps.
class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(const QString &resourcePath);

    // The palette colour that replaces `currentColor` for `mode`, read from the application's
    // palette at the time of the call.
    static QColor colourFor(QIcon::Mode mode);
    // The QPixmapCache key of a pixmap this engine rendered, `deviceSize` in device pixels.
    static QString cacheKey(const QString &resourcePath, const QSize &deviceSize, qreal scale,
                            QIcon::Mode mode, QIcon::State state, const QColor &colour);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    // Qt 6.4's QIcon::pixmap(size, ratio) asks for `size` already in device pixels.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

private:
    QString m_path;
    QByteArray m_svg; // the file's text, `currentColor` still in it; empty if unreadable
};

} // namespace Berth::Ui
