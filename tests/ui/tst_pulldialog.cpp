// SPDX-License-Identifier: GPL-3.0-or-later
// The Pull dialog keeps its width however long the reference typed: the line that says how
// the reference reads is elided in the middle, whole in its tool tip.
#include "ui/pulldialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Berth::Ui;

class TestPullDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staysNarrowerThanItsWindowForALongReference()
    {
        QWidget window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PullDialog dialog(&window);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int width = dialog.width();
        QVERIFY(width < window.width());

        auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("pullReference"));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("pullHint"));
        QVERIFY(field && hint);
        const QString reference = QStringLiteral("registry.example:5000/") + QString(200, u'a') +
                                  QStringLiteral(":") + QString(100, u'b');
        QTest::keyClicks(field, reference);
        QCoreApplication::processEvents();
        QCOMPARE(dialog.width(), width);
        QVERIFY(dialog.minimumSizeHint().width() <= width);
        QVERIFY2(hint->toolTip().contains(reference), qPrintable(hint->toolTip()));
        QVERIFY2(hint->text().contains(QStringLiteral("…")), qPrintable(hint->text()));
        QVERIFY(hint->fontMetrics().horizontalAdvance(hint->text()) <= hint->width());
        QVERIFY(hint->text().endsWith(QString(5, u'b')));
    }
};

QTEST_MAIN(TestPullDialog)
#include "tst_pulldialog.moc"
