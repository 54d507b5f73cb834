// SPDX-License-Identifier: GPL-3.0-or-later
// The real window with the Dark appearance against the private dockerd of tests/env,
// offscreen: the sandbox banner above the images, a drift badge in the images table (a tag
// whose registry host does not resolve: Unknown) and a pull that never ends in the Jobs
// panel (its registry accepts the connection and never answers), its progress bar drawn.
// Every visible, enabled widget is grabbed: its background (the colour that covers most of
// it) is dark, and its text colour reads on it at 4.5:1 or more (WCAG AA).
#include "engine/engineendpoint.h"
#include "jobs/jobqueue.h"
#include "jobs/jobrecord.h"
#include "palettecheck.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/appearance.h"
#include "ui/badge.h"
#include "ui/enginebanner.h"
#include "ui/imagemodelroles.h"
#include "ui/jobmodelroles.h"
#include "ui/jobsdock.h"
#include "ui/jobsmodel.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"
#include "ui/palettecolors.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

using namespace Berth;
using namespace Berth::Ui;

namespace {

const QString Seeded = QStringLiteral("berth-test/busybox:1.0");
const QString Unresolvable = QStringLiteral("nosuchhost.invalid:5000/paletteui/app:1");
// Below this relative luminance a background is dark: light text reads better on it than
// black does (the two contrasts are equal at 0.18). Berth's dark Window is 0.024, its
// Highlight 0.12; a light palette's backgrounds are above 0.8.
constexpr double DarkLuminance = 0.18;
constexpr double Readable = 4.5;

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

QModelIndex rowOf(const QAbstractItemModel *model, const QString &reference, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ReferenceRole).toString() == reference)
            return model->index(row, column);
    }
    return {};
}

bool hasRunningJob(const QAbstractItemModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(JobStateRole).toInt() == int(Jobs::JobState::Running))
            return true;
    }
    return false;
}

} // namespace

class TestDarkWindow final : public QObject
{
    Q_OBJECT

    QTcpServer m_silent; // a registry that takes connections and never answers

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_silent.listen(QHostAddress::LocalHost));
        QVERIFY(TestPeers::docker({QStringLiteral("tag"), Seeded, Unresolvable}));
        Appearance::apply(Appearance::Scheme::Dark);
    }

    void cleanupTestCase()
    {
        if (!TestEnv::dockerHost().isEmpty())
            TestPeers::docker({QStringLiteral("rmi"), Unresolvable});
    }

    void everyWidgetIsDarkAndReadable()
    {
        MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(TestEnv::dockerHost());
        options.isSandbox = true; // its banner over the table
        options.offerDockerImport = false;
        options.rememberState = false;
        MainWindow window(options);
        window.findChild<QLineEdit *>(QStringLiteral("imageFilter"))
            ->setText(QStringLiteral("paletteui"));
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<EngineBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
        QCOMPARE(banner->mode(), EngineBanner::Mode::Sandbox);

        // The drift badge: the host does not resolve, so Unknown, drawn as a pill.
        const LocalImagesModel *images = window.imagesModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            rowOf(images, Unresolvable, LocalImagesModel::DriftColumn).data(DriftRole).isValid(),
            30000);
        const QModelIndex drift = rowOf(images, Unresolvable, LocalImagesModel::DriftColumn);
        QCOMPARE(drift.data(BadgesRole).value<Badges>().size(), 1);

        // A pull that stays running: the Jobs panel opens with its progress bar.
        Jobs::JobSpec pull;
        pull.kind = Jobs::JobKind::Pull;
        pull.endpoint = options.endpoint;
        pull.references = {
            QStringLiteral("127.0.0.1:%1/paletteui/stalled:1").arg(m_silent.serverPort())};
        window.jobQueue()->enqueue(pull);
        QTreeView *jobs = window.jobsDock()->view();
        QTRY_VERIFY_WITH_TIMEOUT(hasRunningJob(jobs->model()), 30000);
        QTRY_VERIFY(jobs->isVisible() && jobs->viewport()->height() > 0);

        QStringList light;
        QStringList unreadable;
        int checked = 0;
        const auto widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled() || widget->isWindow() ||
                widget->width() < 8 || widget->height() < 8)
                continue;
            const QList<QRgb> colors = PaletteCheck::dominantColors(widget->grab().toImage(), 0);
            if (colors.isEmpty())
                continue;
            const QColor background = QColor::fromRgb(colors.first());
            const QColor text = widget->palette().color(widget->foregroundRole());
            ++checked;
            if (PaletteColors::luminance(background) >= DarkLuminance)
                light.append(describe(widget) + u' ' + background.name());
            if (PaletteColors::contrast(text, background) < Readable)
                unreadable.append(describe(widget) + u' ' + text.name() + QStringLiteral(" on ") +
                                  background.name());
        }
        qInfo("%d widgets checked", checked);
        QVERIFY(checked > 30);
        QVERIFY2(light.isEmpty(), qPrintable(QStringLiteral("light backgrounds: ") +
                                             light.join(QStringLiteral("; "))));
        QVERIFY2(unreadable.isEmpty(), qPrintable(QStringLiteral("text below 4.5:1: ") +
                                                  unreadable.join(QStringLiteral("; "))));

        // The two cells drawn by Berth's delegates, on their own.
        auto *table = window.findChild<QTableView *>(QStringLiteral("localImagesView"));
        const auto proxy = [table](const QModelIndex &source) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QModelIndex index = table->model()->index(row, source.column());
                if (index.data(ReferenceRole) == source.data(ReferenceRole))
                    return index;
            }
            return QModelIndex();
        };
        table->scrollTo(proxy(drift));
        const QRect badgeCell = table->visualRect(proxy(drift)) & table->viewport()->rect();
        QVERIFY(!badgeCell.isEmpty());
        const QList<QRgb> badgeColors =
            PaletteCheck::dominantColors(table->viewport()->grab(badgeCell).toImage());
        QVERIFY(!badgeColors.isEmpty());
        QVERIFY(PaletteColors::luminance(QColor::fromRgb(badgeColors.first())) < DarkLuminance);
        QVERIFY(PaletteColors::contrast(window.palette().color(QPalette::Text),
                                        QColor::fromRgb(badgeColors.first())) >= Readable);
        QModelIndex progress;
        for (int row = 0; row < jobs->model()->rowCount() && !progress.isValid(); ++row) {
            const QModelIndex job = jobs->model()->index(row, JobsModel::ProgressColumn);
            if (job.data(JobStateRole).toInt() == int(Jobs::JobState::Running))
                progress = job;
        }
        QVERIFY(progress.data(FractionRole).isValid()); // drawn as a bar
        jobs->scrollTo(progress);
        const QRect barCell = jobs->visualRect(progress) & jobs->viewport()->rect();
        QVERIFY(!barCell.isEmpty());
        const QList<QRgb> barColors =
            PaletteCheck::dominantColors(jobs->viewport()->grab(barCell).toImage());
        QVERIFY(!barColors.isEmpty());
        for (const QRgb rgb : barColors)
            QVERIFY2(PaletteColors::luminance(QColor::fromRgb(rgb)) < DarkLuminance,
                     qPrintable(QColor::fromRgb(rgb).name()));
    }
};

QTEST_MAIN(TestDarkWindow)
#include "tst_darkwindow.moc"
