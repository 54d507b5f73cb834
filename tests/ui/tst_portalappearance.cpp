// SPDX-License-Identifier: GPL-3.0-or-later
// System follows the desktop's dark preference: run by portal_xvfb.sh inside a private
// D-Bus session where Debian's xdg-desktop-portal and its GTK backend publish GNOME's
// color-scheme setting (dconf, in the script's own config folder). gsettings flips it;
// the open window's palette follows, both ways; an explicit Light ignores it.
#include "sourcestesthelpers.h"
#include "ui/appearance.h"
#include "ui/mainwindow.h"
#include "ui/portalcolorscheme.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

constexpr int Patience = 30000; // a hang guard only

bool setColorScheme(const QString &scheme)
{
    return QProcess::execute(QStringLiteral("gsettings"),
                             {QStringLiteral("set"), QStringLiteral("org.gnome.desktop.interface"),
                              QStringLiteral("color-scheme"), scheme}) == 0;
}

} // namespace

class TestPortalAppearance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY(setColorScheme(QStringLiteral("default")));
    }

    void systemFollowsTheDesktopsPreference()
    {
        const QPalette platform = QApplication::palette();
        const QString platformStyle = QApplication::style()->name();
        const QColor dark = Appearance::darkPalette().color(QPalette::Window);
        QVERIFY(platform.color(QPalette::Window) != dark);

        Appearance::followDesktop();
        auto *portal = qApp->findChild<PortalColorScheme *>();
        QVERIFY(portal);
        MainWindow window(SourcesTest::noEngineOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(portal->hasAnswered(), Patience);
        QCOMPARE(portal->preference(), PortalColorScheme::Preference::None);
        QCOMPARE(window.palette().color(QPalette::Window), platform.color(QPalette::Window));

        QVERIFY(setColorScheme(QStringLiteral("prefer-dark")));
        QTRY_COMPARE_WITH_TIMEOUT(window.palette().color(QPalette::Window), dark, Patience);
        QCOMPARE(portal->preference(), PortalColorScheme::Preference::Dark);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QVERIFY(Appearance::desktopPrefersDark());

        QVERIFY(setColorScheme(QStringLiteral("default")));
        QTRY_COMPARE_WITH_TIMEOUT(window.palette().color(QPalette::Window),
                                  platform.color(QPalette::Window), Patience);
        QCOMPARE(QApplication::style()->name(), platformStyle);

        // A choice of the user's own wins over the desktop's.
        Appearance::apply(Appearance::Scheme::Light);
        const QColor light = Appearance::lightPalette().color(QPalette::Window);
        QTRY_COMPARE(window.palette().color(QPalette::Window), light);
        QVERIFY(setColorScheme(QStringLiteral("prefer-dark")));
        QTRY_COMPARE_WITH_TIMEOUT(portal->preference(), PortalColorScheme::Preference::Dark,
                                  Patience);
        QCOMPARE(window.palette().color(QPalette::Window), light);
        // ... until System again, which takes the desktop's dark at once.
        Appearance::apply(Appearance::Scheme::System);
        QTRY_COMPARE(window.palette().color(QPalette::Window), dark);
    }
};

QTEST_MAIN(TestPortalAppearance)
#include "tst_portalappearance.moc"
