// SPDX-License-Identifier: GPL-3.0-or-later
// Berth's icon set: every icon a valid SVG, drawn at the device pixels asked (sharp at a ratio
// of 2, not a 16 px bitmap stretched), in the palette's colours for its mode, and drawn again
// when the palette changes; the Sources rows' and Docker Hub badges' icons. Run twice by CTest:
// as is, and with QT_SCALE_FACTOR=2, where a toolbar button (of a bare toolbar, and each of
// Berth's main toolbar) must ask for its icon at twice the pixels.
#include "ui/hubsearchmodel.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/sourcesmodel.h"
#include "ui/themediconengine.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Berth;
using namespace Berth::Ui;

namespace {

QByteArray svgOf(Icons::Name name)
{
    QFile file(Icons::resourcePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// What Qt SVG draws of the icon at `side` pixels in `colour`, without the engine.
QImage directRender(Icons::Name name, int side, const QColor &colour)
{
    QByteArray svg = svgOf(name);
    svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// The pixmap's pixels alone (its ratio is checked on its own).
QImage asImage(const QPixmap &pixmap)
{
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1);
    return image;
}

// The colours of the image's fully opaque pixels (the strokes' insides, not their smoothed
// edges), with how many pixels have each.
QHash<QRgb, int> opaqueColours(const QImage &image)
{
    QHash<QRgb, int> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255)
                ++colours[pixel];
        }
    }
    return colours;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::All, QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::All, QPalette::HighlightedText, QColor(0xff, 0xd0, 0x40));
    return palette;
}

// The ratio CTest's run asks for: 2 in tst_icons_scale2, else 1 (the offscreen screen's).
qreal screenRatio()
{
    return qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
               ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
               : 1.0;
}

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_startPalette = QApplication::palette();
    }

    void init()
    {
        QApplication::setPalette(m_startPalette);
        QPixmapCache::clear();
    }

    void everyIconIsAValidSixteenPixelSvg()
    {
        const QList<Icons::Name> names = Icons::all();
        QVERIFY(names.size() >= 28);
        for (Icons::Name name : names) {
            const QString path = Icons::resourcePath(name);
            const QByteArray svg = svgOf(name);
            QVERIFY2(!svg.isEmpty(), qPrintable(path));
            // One colour, the one the engine replaces.
            QVERIFY2(svg.contains("currentColor"), qPrintable(path));
            QVERIFY2(!svg.contains("#"), qPrintable(path));
            QSvgRenderer renderer(svg);
            QVERIFY2(renderer.isValid(), qPrintable(path));
            QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 16, 16));
            QVERIFY2(!Icons::icon(name).isNull(), qPrintable(path));
            // Something is drawn.
            QVERIFY2(!opaqueColours(asImage(Icons::icon(name).pixmap(32))).isEmpty(),
                     qPrintable(path));
        }
    }

    void drawnAtTheDevicePixelsAsked()
    {
        const QColor colour = ThemedIconEngine::colourFor(QIcon::Normal);
        for (Icons::Name name : Icons::all()) {
            const QPixmap pixmap = Icons::icon(name).pixmap(QSize(16, 16), 2.0);
            QCOMPARE(pixmap.size(), QSize(32, 32));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            const QImage sharp = directRender(name, 32, colour);
            QCOMPARE(asImage(pixmap), sharp);
            // The comparison tells a stretched 16 px bitmap apart from the real thing.
            const QImage stretched =
                directRender(name, 16, colour)
                    .scaled(32, 32, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            QVERIFY2(asImage(pixmap) != stretched, qPrintable(Icons::resourcePath(name)));
        }
    }

    // What views and delegates use: QIcon::paint() on a ratio-2 surface fills its device
    // pixels from a rendering at that ratio.
    void paintedAtThePaintersRatio()
    {
        QImage canvas(32, 32, QImage::Format_ARGB32_Premultiplied);
        canvas.setDevicePixelRatio(2);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        Icons::icon(Icons::Repository).paint(&painter, QRect(0, 0, 16, 16));
        painter.end();
        canvas.setDevicePixelRatio(1);
        QCOMPARE(canvas,
                 directRender(Icons::Repository, 32, ThemedIconEngine::colourFor(QIcon::Normal)));
    }

    void followsADarkPaletteByMode()
    {
        const QPalette palette = darkPalette();
        QApplication::setPalette(palette);
        const QIcon icon = Icons::icon(Icons::Pull);
        const struct
        {
            QIcon::Mode mode;
            QColor colour;
        } cases[] = {
            {QIcon::Normal, palette.color(QPalette::Active, QPalette::WindowText)},
            {QIcon::Active, palette.color(QPalette::Active, QPalette::WindowText)},
            {QIcon::Selected, palette.color(QPalette::Active, QPalette::HighlightedText)},
            {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::WindowText)},
        };
        for (const auto &each : cases) {
            const QHash<QRgb, int> colours =
                opaqueColours(asImage(icon.pixmap(QSize(32, 32), each.mode)));
            QCOMPARE(colours.keys(), QList<QRgb>{each.colour.rgba()});
        }
    }

    void drawnAgainWhenThePaletteChanges()
    {
        const QIcon icon = Icons::icon(Icons::Refresh);
        const QRgb light = QApplication::palette().color(QPalette::WindowText).rgba();
        QCOMPARE(opaqueColours(asImage(icon.pixmap(24))).keys(), QList<QRgb>{light});
        QApplication::setPalette(darkPalette());
        const QRgb dark = QApplication::palette().color(QPalette::WindowText).rgba();
        QVERIFY(dark != light);
        QCOMPARE(opaqueColours(asImage(icon.pixmap(24))).keys(), QList<QRgb>{dark});
    }

    // The Sources tree's rows carry the icon of their kind; an insecure registry the open
    // lock, a failed listing the error (the icon theme's names, empty without one, are gone).
    void sourcesRowsByKind()
    {
        SourcesModel model;
        const auto iconOf = [](const QModelIndex &index) {
            return index.data(Qt::DecorationRole).value<QIcon>().name();
        };
        const auto first = [&model](SourcesModel::Kind kind) {
            return model
                .match(model.index(0, 0), SourcesModel::KindRole, int(kind), 1,
                       Qt::MatchExactly | Qt::MatchRecursive | Qt::MatchWrap)
                .value(0);
        };
        const QString registry = QStringLiteral("registry.example:5000");
        const QString broken = QStringLiteral("broken.example");
        const QString insecure = QStringLiteral("insecure.example");
        QCOMPARE(iconOf(model.setEngine(QStringLiteral("unix:///run/docker.sock"),
                                        QStringLiteral("Local"))),
                 QStringLiteral("engine"));
        QCOMPARE(iconOf(model.addRegistry(QStringLiteral("docker.io"), false)),
                 QStringLiteral("docker-hub"));
        QCOMPARE(iconOf(model.addRegistry(registry)), QStringLiteral("registry"));
        QCOMPARE(iconOf(model.addRepository(registry, QStringLiteral("team/app"))),
                 QStringLiteral("repository"));
        model.addRegistry(insecure);
        model.setInsecure(insecure, true);
        QCOMPARE(iconOf(model.registryIndex(insecure)), QStringLiteral("insecure"));
        model.setEcrAccounts({{QStringLiteral("prod"), QStringLiteral("eu-west-1")}});
        QCOMPARE(iconOf(first(SourcesModel::Kind::EcrAccount)), QStringLiteral("ecr-account"));
        model.setHubFolders(true);
        QCOMPARE(iconOf(model.hubFolderIndex(SourcesModel::HubFolder::Mine)),
                 QStringLiteral("accounts"));
        QCOMPARE(iconOf(model.hubFolderIndex(SourcesModel::HubFolder::Recent)),
                 QStringLiteral("history"));
        model.addRegistry(broken);
        model.beginLoading(broken);
        model.failLoading(broken, QStringLiteral("connection refused"));
        QCOMPARE(iconOf(first(SourcesModel::Kind::Failure)), QStringLiteral("error"));
        // Group rows have none.
        QVERIFY(model.index(0, 0).data(Qt::DecorationRole).isNull());
    }

    // Docker Hub's search results: the verified seal beside an official image's badge alone.
    void hubBadgesCarryTheSeal()
    {
        HubSearchModel model;
        Hub::HubSearchResult official;
        official.name = QStringLiteral("nginx");
        official.official = true;
        Hub::HubSearchResult plain;
        plain.name = QStringLiteral("someone/tool");
        model.setResults({official, plain});
        const auto iconAt = [&model](int row) {
            return model.index(row, HubSearchModel::BadgesColumn)
                .data(Qt::DecorationRole)
                .value<QIcon>();
        };
        QCOMPARE(iconAt(0).name(), QStringLiteral("verified"));
        QVERIFY(iconAt(1).isNull());
    }

    // With QT_SCALE_FACTOR=2 a toolbar button paints its icon from a pixmap of twice the
    // pixels, rendered for that ratio; without it, at ratio 1.
    void toolbarButtonAsksForDevicePixels()
    {
        const qreal ratio = screenRatio();
        QMainWindow window;
        QToolBar *toolbar = window.addToolBar(QStringLiteral("Main"));
        QAction *action =
            toolbar->addAction(Icons::icon(Icons::Refresh), QStringLiteral("Refresh"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
        QVERIFY(button);
        QCOMPARE(button->devicePixelRatio(), ratio);

        QPixmapCache::clear();
        const QPixmap grabbed = button->grab(); // paints the button now
        QCOMPARE(grabbed.devicePixelRatio(), ratio);
        const QSize deviceSize = button->iconSize() * ratio;
        QPixmap drawn;
        QVERIFY(QPixmapCache::find(
            ThemedIconEngine::cacheKey(Icons::resourcePath(Icons::Refresh), deviceSize, ratio,
                                       QIcon::Normal, QIcon::Off,
                                       ThemedIconEngine::colourFor(QIcon::Normal)),
            &drawn));
        QCOMPARE(drawn.size(), deviceSize);
        QCOMPARE(drawn.devicePixelRatio(), ratio);
        QCOMPARE(asImage(drawn), directRender(Icons::Refresh, deviceSize.width(),
                                              ThemedIconEngine::colourFor(QIcon::Normal)));
    }

    // The same in Berth's window: each icon of the main toolbar, painted, was asked for at
    // the screen's ratio (a disabled action's in the Disabled mode), names beside the icons.
    void mainToolBarAsksForDevicePixels()
    {
        MainWindow::Options options; // no engine: nothing to wait for
        options.endpoint =
            *Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth.sock"));
        MainWindow window(options);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar);
        QCOMPARE(toolbar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        const qreal ratio = window.devicePixelRatio();
        QCOMPARE(ratio, screenRatio());
        QStringList drawn;
        for (QAction *action : toolbar->actions()) {
            auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
            if (!button || action->icon().isNull())
                continue; // the engine list, the separators
            QVERIFY2(button->isVisible(), qPrintable(action->icon().name()));
            QPixmapCache::clear();
            (void)button->grab();
            const QIcon::Mode mode = button->isEnabled() ? QIcon::Normal : QIcon::Disabled;
            const QString path = u":/icons/" % action->icon().name() % u".svg";
            const QString key =
                ThemedIconEngine::cacheKey(path, button->iconSize() * ratio, ratio, mode,
                                           QIcon::Off, ThemedIconEngine::colourFor(mode));
            QPixmap pixmap;
            QVERIFY2(QPixmapCache::find(key, &pixmap), qPrintable(key));
            drawn.append(action->icon().name());
        }
        QCOMPARE(drawn, (QStringList{QStringLiteral("refresh"), QStringLiteral("pull"),
                                     QStringLiteral("build"), QStringLiteral("load"),
                                     QStringLiteral("push"), QStringLiteral("settings")}));
    }

private:
    QPalette m_startPalette;
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
