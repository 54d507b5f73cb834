// SPDX-License-Identifier: GPL-3.0-or-later
// The window in the palette's colours (docs/appearance.md #palette), offscreen, no service:
// under a palette whose roles all have distinct, unusual colours, the progress bar (Fusion),
// the badges, the engine banner, the import notice and a form's error are painted in the
// palette's colours and the few documented mixes of them only; a delegate with a colour of
// its own is caught by the same check. Berth's light and dark palettes read (4.5:1), the
// derived colours follow a live palette change, and Settings ▸ General ▸ Appearance switches
// System, Dark and Light while the window is open.
#include "palettecheck.h"
#include "ui/appearance.h"
#include "ui/badge.h"
#include "ui/badgedelegate.h"
#include "ui/enginebanner.h"
#include "ui/formerror.h"
#include "ui/importnotice.h"
#include "ui/jobmodelroles.h"
#include "ui/jobprogressdelegate.h"
#include "ui/mainwindow.h"
#include "ui/palettecolors.h"
#include "ui/preferences.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

// The dominant colours the palette does not explain, named in the failure.
#define VERIFY_IN_PALETTE(image)                                                                   \
    do {                                                                                           \
        const QStringList unexplained = PaletteCheck::strangers(image, m_palette);                 \
        QVERIFY2(unexplained.isEmpty(), qPrintable(QStringLiteral("not the palette's: ") +         \
                                                   unexplained.join(QStringLiteral(", "))));       \
    } while (false)

namespace {

// Every role its own colour, far from the others and from any style's defaults.
QPalette unusualPalette()
{
    const QList<std::pair<QPalette::ColorRole, QRgb>> roles = {
        {QPalette::Window, 0x4a3b6c},
        {QPalette::WindowText, 0xf0e68c},
        {QPalette::Base, 0x1f4e5a},
        {QPalette::AlternateBase, 0x2e6b3a},
        {QPalette::ToolTipBase, 0x7a2e5c},
        {QPalette::ToolTipText, 0xe0f0d0},
        {QPalette::PlaceholderText, 0xa0c8b4},
        {QPalette::Text, 0xfde3c8},
        {QPalette::Button, 0x5c4a1e},
        {QPalette::ButtonText, 0xd4f1ff},
        {QPalette::BrightText, 0x0d1a26},
        {QPalette::Light, 0x8c6ea3},
        {QPalette::Midlight, 0x6e5a8c},
        {QPalette::Mid, 0x3c8c78},
        {QPalette::Dark, 0x281e46},
        {QPalette::Shadow, 0x140c23},
        {QPalette::Highlight, 0xc8501e},
        {QPalette::HighlightedText, 0x0a2814},
        {QPalette::Link, 0x9be1ff},
        {QPalette::LinkVisited, 0xe19bff},
    };
    QPalette palette;
    for (const auto &[role, rgb] : roles)
        palette.setColor(role, QColor::fromRgb(rgb)); // all three groups
    return palette;
}

// A delegate as one should not be written: its own red.
class FixedColorDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->fillRect(option.rect, QColor(0xb0, 0x00, 0x20));
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// One cell of `model` painted by `delegate`, as a view would with `palette`.
QImage paintCell(const QAbstractItemDelegate &delegate, const QModelIndex &index,
                 const QPalette &palette, bool selected = false)
{
    QImage image(240, 28, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette = palette;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    option.showDecorationSelected = true;
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

QImage picture(QWidget &widget)
{
    widget.ensurePolished();
    return widget.grab().toImage();
}

} // namespace

class TestPalette final : public QObject
{
    Q_OBJECT

    QPalette m_palette;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_palette = unusualPalette();
        QApplication::setPalette(m_palette);
    }

    void progressBarInPaletteColors()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), 0.6, FractionRole);
        model.setData(model.index(0, 0), QStringLiteral("60%"), Qt::DisplayRole);
        const JobProgressDelegate delegate;
        for (const bool selected : {false, true}) {
            const QImage cell = paintCell(delegate, model.index(0, 0), m_palette, selected);
            QVERIFY(PaletteCheck::dominantColors(cell).size() >= 2);
            VERIFY_IN_PALETTE(cell);
        }
        // The bar's fill is Fusion's gradient of the Highlight.
        const QImage cell = paintCell(delegate, model.index(0, 0), m_palette);
        const QList<QRgb> colors = PaletteCheck::dominantColors(cell);
        QVERIFY(std::any_of(colors.cbegin(), colors.cend(), [this](QRgb rgb) {
            return PaletteCheck::isShadeOf(QColor::fromRgb(rgb),
                                           m_palette.color(QPalette::Highlight));
        }));
    }

    void badgesInPaletteColors()
    {
        QStandardItemModel model(1, 1);
        const Badges badges = {{QStringLiteral("Official"), Badge::Tone::Accent},
                               {QStringLiteral("Verified"), Badge::Tone::Neutral},
                               {QStringLiteral("Local"), Badge::Tone::Outline}};
        model.setData(model.index(0, 0), QVariant::fromValue(badges), BadgesRole);
        model.setData(model.index(0, 0), QStringLiteral("Official, Verified, Local"));
        const BadgeDelegate delegate;
        for (const bool selected : {false, true}) {
            const QImage cell = paintCell(delegate, model.index(0, 0), m_palette, selected);
            VERIFY_IN_PALETTE(cell);
        }
        const QList<QRgb> colors =
            PaletteCheck::dominantColors(paintCell(delegate, model.index(0, 0), m_palette));
        QVERIFY(colors.contains(m_palette.color(QPalette::Highlight).rgb()));
        QVERIFY(colors.contains(m_palette.color(QPalette::AlternateBase).rgb()));
    }

    // The check finds a colour that is not the palette's: it is not vacuous.
    void aFixedColorIsCaught()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("text"));
        const FixedColorDelegate delegate;
        const QImage cell = paintCell(delegate, model.index(0, 0), m_palette);
        QCOMPARE(PaletteCheck::strangers(cell, m_palette), QStringList{QStringLiteral("#b00020")});
    }

    void engineBannerInPaletteColors()
    {
        EngineBanner banner;
        banner.resize(640, 90);
        banner.showSandbox(QStringLiteral("unix:///run/sandbox.sock"));
        QImage image = picture(banner);
        VERIFY_IN_PALETTE(image);
        QCOMPARE(PaletteCheck::dominantColors(image).value(0),
                 PaletteColors::noticeBackground(m_palette).rgb());
        banner.showError(QStringLiteral("unix:///nonexistent.sock"),
                         Error(ErrorKind::Unreachable, QStringLiteral("refused")), true);
        image = picture(banner);
        VERIFY_IN_PALETTE(image);
        QCOMPARE(PaletteCheck::dominantColors(image).value(0),
                 PaletteColors::errorBackground(m_palette).rgb());
    }

    void importNoticeInPaletteColors()
    {
        ImportNotice notice(nullptr); // never asked to offer: no store needed
        notice.resize(640, 60);
        const QImage image = picture(notice);
        VERIFY_IN_PALETTE(image);
        QCOMPARE(PaletteCheck::dominantColors(image).value(0),
                 PaletteColors::noticeBackground(m_palette).rgb());
    }

    void formErrorInPaletteColors()
    {
        QWidget form;
        auto *error = new QLabel(&form);
        makeFormError(error);
        QFont big = error->font();
        big.setPixelSize(40);
        big.setBold(true);
        error->setFont(big);
        error->setText(QStringLiteral("█ Wrong ███"));
        error->show();
        error->adjustSize();
        const QImage image = picture(*error);
        VERIFY_IN_PALETTE(image);
        // The error's own colour is one of the picture's.
        const QColor red = PaletteColors::errorText(m_palette.color(QPalette::Window));
        QVERIFY(PaletteCheck::dominantColors(image).contains(red.rgb()));
        QVERIFY(PaletteColors::contrast(red, m_palette.color(QPalette::Window)) >= 4.5);
    }

    // A widget's derived colours are redone when the palette around it changes.
    void derivedColorsFollowAPaletteChange()
    {
        EngineBanner banner;
        banner.showSandbox(QStringLiteral("unix:///run/sandbox.sock"));
        QCOMPARE(banner.palette().color(QPalette::Window),
                 PaletteColors::noticeBackground(m_palette));
        const QPalette dark = Appearance::darkPalette();
        QApplication::setPalette(dark);
        QTRY_COMPARE(banner.palette().color(QPalette::Window),
                     PaletteColors::noticeBackground(dark));
        QCOMPARE(banner.palette().color(QPalette::WindowText),
                 PaletteColors::textOn(dark, PaletteColors::noticeBackground(dark)));
        QApplication::setPalette(m_palette);
        QTRY_COMPARE(banner.palette().color(QPalette::Window),
                     PaletteColors::noticeBackground(m_palette));
    }

    void berthsPalettesRead_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Appearance::lightPalette();
        QTest::newRow("dark") << Appearance::darkPalette();
    }

    void berthsPalettesRead()
    {
        QFETCH(QPalette, palette);
        using PaletteColors::contrast;
        const auto color = [&palette](QPalette::ColorRole role) {
            return palette.color(role);
        };
        QVERIFY(contrast(color(QPalette::Text), color(QPalette::Base)) >= 7);
        QVERIFY(contrast(color(QPalette::Text), color(QPalette::AlternateBase)) >= 7);
        QVERIFY(contrast(color(QPalette::WindowText), color(QPalette::Window)) >= 7);
        QVERIFY(contrast(color(QPalette::ButtonText), color(QPalette::Button)) >= 7);
        QVERIFY(contrast(color(QPalette::ToolTipText), color(QPalette::ToolTipBase)) >= 7);
        QVERIFY(contrast(color(QPalette::HighlightedText), color(QPalette::Highlight)) >= 4.5);
        QVERIFY(contrast(color(QPalette::Link), color(QPalette::Base)) >= 4.5);
        for (const auto role : {QPalette::Window, QPalette::Base}) {
            QVERIFY(contrast(PaletteColors::errorText(color(role)), color(role)) >= 4.5);
        }
        for (const QColor &tint :
             {PaletteColors::noticeBackground(palette), PaletteColors::errorBackground(palette)})
            QVERIFY(contrast(PaletteColors::textOn(palette, tint), tint) >= 4.5);
        // Every role set, in every group: nothing left to the platform's palette.
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role == QPalette::NoRole)
                continue;
            for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
                QVERIFY(palette.isBrushSet(group, QPalette::ColorRole(role)));
        }
    }

    // Settings ▸ General ▸ Appearance: System, then Dark, then Light, then System again,
    // each applied at once to the open window.
    void settingsSwitchTheAppearanceLive()
    {
        // The platform's palette, as Berth found it.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Windows")));
        QApplication::setPalette(QPalette());
        const QPalette platform = QApplication::palette();
        const QString platformStyle = QApplication::style()->name();

        MainWindow::Options options;
        options.endpoint =
            *Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth.sock"));
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<EngineBanner *>();
        QTRY_VERIFY(banner->isVisible()); // no engine there

        int paletteEvents = 0;
        struct Counter final : QObject
        {
            int *count;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::PaletteChange ||
                    event->type() == QEvent::ApplicationPaletteChange)
                    ++*count;
                return false;
            }
        } counter;
        counter.count = &paletteEvents;
        window.installEventFilter(&counter);

        SettingsDialog *dialog = window.showSettings();
        dialog->showPage(SettingsDialog::GeneralPage);
        auto *appearance = dialog->findChild<QComboBox *>(QStringLiteral("appearance"));
        QVERIFY(appearance);
        QCOMPARE(appearance->currentData().toString(), QStringLiteral("system"));
        QPushButton *apply =
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);

        const auto choose = [&](Appearance::Scheme scheme) {
            appearance->setCurrentIndex(appearance->findData(Appearance::name(scheme)));
            QTest::mouseClick(apply, Qt::LeftButton);
        };
        choose(Appearance::Scheme::Dark);
        QTRY_VERIFY(paletteEvents > 0);
        const QPalette dark = Appearance::darkPalette();
        QCOMPARE(window.palette().color(QPalette::Window), dark.color(QPalette::Window));
        QCOMPARE(window.palette().color(QPalette::Text), dark.color(QPalette::Text));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QCOMPARE(Preferences::appearance(), Appearance::Scheme::Dark);
        QTRY_COMPARE(banner->palette().color(QPalette::Window),
                     PaletteColors::errorBackground(dark));
        QVERIFY(PaletteColors::luminance(banner->palette().color(QPalette::Window)) < 0.1);

        paletteEvents = 0;
        choose(Appearance::Scheme::Light);
        QTRY_VERIFY(paletteEvents > 0);
        const QPalette light = Appearance::lightPalette();
        QCOMPARE(window.palette().color(QPalette::Window), light.color(QPalette::Window));
        QCOMPARE(window.palette().color(QPalette::Text), light.color(QPalette::Text));
        QCOMPARE(Preferences::appearance(), Appearance::Scheme::Light);
        QTRY_COMPARE(banner->palette().color(QPalette::Window),
                     PaletteColors::errorBackground(light));

        paletteEvents = 0;
        choose(Appearance::Scheme::System);
        QTRY_VERIFY(paletteEvents > 0);
        QCOMPARE(QApplication::style()->name(), platformStyle);
        QCOMPARE(window.palette().color(QPalette::Window), platform.color(QPalette::Window));
        QCOMPARE(window.palette().color(QPalette::Highlight), platform.color(QPalette::Highlight));
        QCOMPARE(Preferences::appearance(), Appearance::Scheme::System);
        dialog->close();
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
