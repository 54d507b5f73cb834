// SPDX-License-Identifier: GPL-3.0-or-later
// The window's image list follows the private dockerd of tests/env live: a tag made with
// the docker CLI appears within a second and an rmi removes its row, by difference (never
// a model reset), under QAbstractItemModelTester; the list is made on a worker thread; and
// after the daemon restarts the window says it lost the engine, then shows the engine's
// list again, changes made around the restart included.
#include "dockerdcontrol.h"
#include "engine/engineendpoint.h"
#include "testenv.h"
#include "ui/enginebanner.h"
#include "ui/imagefilterproxymodel.h"
#include "ui/localimagesfeed.h"
#include "ui/localimagesmodel.h"
#include "ui/localimagesmonitor.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;

namespace {

const QString Source = QStringLiteral("berth-test/busybox:1.0");
constexpr qint64 Never = std::numeric_limits<qint64>::max();

QStringList modelTags(const LocalImagesModel *model)
{
    QStringList out;
    for (const auto &row : model->rows())
        out.append(row.repository + u':' + row.tag);
    out.sort();
    return out;
}

// What the docker CLI lists, in the same form.
QStringList engineTags(const QString &host)
{
    QByteArray out;
    DockerdControl::docker(host,
                           {QStringLiteral("images"), QStringLiteral("--format"),
                            QStringLiteral("{{.Repository}}:{{.Tag}}")},
                           &out);
    QStringList tags = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    tags.sort();
    return tags;
}

// The window on the private dockerd, its models under QAbstractItemModelTester, with a
// count of the resets the model must never make.
struct LiveWindow
{
    MainWindow window;
    QAbstractItemModelTester modelTester;
    QAbstractItemModelTester proxyTester;
    QSignalSpy resets;
    QSignalSpy refreshed;
    QElapsedTimer clock;

    explicit LiveWindow(const QString &host)
        : window(MainWindow::Options{*Engine::EngineEndpoint::parse(host), false, {}})
        , modelTester(window.imagesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , proxyTester(window.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , resets(window.imagesModel(), &QAbstractItemModel::modelAboutToBeReset)
        , refreshed(&window, &MainWindow::refreshFinished)
    {
        clock.start();
        window.show();
    }

    // Until the first list is shown and the event stream is open.
    bool waitUntilLive()
    {
        return QTest::qWaitFor([this] { return !refreshed.isEmpty() && window.feed()->isLive(); },
                               10000);
    }

    bool hasTag(const QString &reference) const
    {
        return modelTags(window.imagesModel()).contains(reference);
    }

    QString liveText() const
    {
        return window.findChild<QLabel *>(QStringLiteral("liveLabel"))->text();
    }

    // Runs a docker command, then returns how long after it ended the model reached the
    // state `reached` checks (looked at on every insertion and removal, so the time is the
    // change's own), or Never if not within 5 s.
    qint64 latency(const std::function<bool()> &command, const std::function<bool()> &reached)
    {
        if (!command())
            return Never;
        const qint64 ended = clock.elapsed();
        qint64 at = reached() ? ended : -1;
        QObject context;
        const auto check = [&] {
            if (at < 0 && reached())
                at = clock.elapsed();
        };
        QObject::connect(window.imagesModel(), &QAbstractItemModel::rowsInserted, &context, check);
        QObject::connect(window.imagesModel(), &QAbstractItemModel::rowsRemoved, &context, check);
        return QTest::qWaitFor([&] { return at >= 0; }, 5000) ? at - ended : Never;
    }

    // Makes a tag with the docker CLI; how long until its row is in the model.
    qint64 tagLatency(DockerdControl::MadeTags &tags, const QString &what, QString *made)
    {
        return latency(
            [&] {
                *made = tags.make(what, Source);
                return !made->isEmpty();
            },
            [&] { return hasTag(*made); });
    }
};

} // namespace

class TestLiveImages final : public QObject
{
    Q_OBJECT

private:
    QString m_host;

private Q_SLOTS:
    void init()
    {
        m_host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(m_host, "dockerd");
    }

    void tagAppearsAndRmiRemovesItLive()
    {
        DockerdControl::MadeTags tags(m_host);
        LiveWindow live(m_host);
        QVERIFY(live.waitUntilLive());
        QCOMPARE(live.liveText(), QStringLiteral("Live"));
        // The list is made on the feed's worker thread, not this one.
        QVERIFY(live.window.feed()->monitor()->thread() != QThread::currentThread());
        QCOMPARE(modelTags(live.window.imagesModel()), engineTags(m_host));
        const qsizetype before = live.window.imagesModel()->rowCount();

        QString reference;
        const qint64 shown = live.tagLatency(tags, QStringLiteral("live-tag"), &reference);
        qInfo("tag in the model %lld ms after docker tag ended", shown);
        QVERIFY2(shown <= 1000, qPrintable(QString::number(shown)));
        QCOMPARE(live.window.imagesModel()->rowCount(), before + 1);

        const qint64 gone = live.latency(
            [&] {
                tags.forget(reference);
                return DockerdControl::docker(m_host, {QStringLiteral("rmi"), reference}) == 0;
            },
            [&] { return !live.hasTag(reference); });
        qInfo("row gone %lld ms after docker rmi ended", gone);
        QVERIFY2(gone <= 1000, qPrintable(QString::number(gone)));
        QCOMPARE(live.window.imagesModel()->rowCount(), before);
        QCOMPARE(modelTags(live.window.imagesModel()), engineTags(m_host));
        QCOMPARE(live.resets.size(), 0);
    }

    void rightAgainAfterTheDaemonRestarts()
    {
        DockerdControl::RestartGuard guard;
        DockerdControl::MadeTags tags(m_host);
        LiveWindow live(m_host);
        QVERIFY(live.waitUntilLive());
        QString removedAround;
        QVERIFY(live.tagLatency(tags, QStringLiteral("live-removed"), &removedAround) <= 1000);

        // While the daemon is gone the window says so, and keeps the rows it had.
        QVERIFY(DockerdControl::script(QStringLiteral("stop")));
        QTRY_COMPARE_WITH_TIMEOUT(live.window.banner()->mode(), EngineBanner::Mode::Error, 5000);
        QVERIFY2(live.window.banner()->text().contains(QStringLiteral("No Docker engine")),
                 qPrintable(live.window.banner()->text()));
        QCOMPARE(live.liveText(), QStringLiteral("Not live"));
        QVERIFY(live.hasTag(removedAround));

        // Changes made as soon as the daemon is back, whether or not the window has
        // reconnected yet: its list afterwards is the engine's, by events or by the list
        // read on reconnecting.
        QVERIFY(DockerdControl::script(QStringLiteral("start")));
        const QString addedAround = tags.make(QStringLiteral("live-added"), Source);
        QVERIFY(!addedAround.isEmpty());
        QCOMPARE(DockerdControl::docker(m_host, {QStringLiteral("rmi"), removedAround}), 0);
        tags.forget(removedAround);
        qInfo("the changes after the restart were made %s the window reconnected",
              live.window.feed()->isLive() ? "after" : "before");
        QTRY_VERIFY_WITH_TIMEOUT(live.window.feed()->isLive(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(modelTags(live.window.imagesModel()), engineTags(m_host), 2000);
        QVERIFY(live.hasTag(addedAround));
        QVERIFY(!live.hasTag(removedAround));
        QCOMPARE(live.window.banner()->mode(), EngineBanner::Mode::Hidden);
        QCOMPARE(live.liveText(), QStringLiteral("Live"));

        // And it is live again.
        QString after;
        const qint64 shown = live.tagLatency(tags, QStringLiteral("live-after"), &after);
        qInfo("after the restart, a tag in the model %lld ms after docker tag ended", shown);
        QVERIFY2(shown <= 1000, qPrintable(QString::number(shown)));
        QCOMPARE(live.resets.size(), 0);
    }

    void refreshStillReloads()
    {
        // F5 lists again even though the stream is live.
        LiveWindow live(m_host);
        QVERIFY(live.waitUntilLive());
        const qsizetype lists = live.refreshed.size();
        QTest::keyClick(&live.window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(live.refreshed.size(), lists + 1, 5000);
        QCOMPARE(modelTags(live.window.imagesModel()), engineTags(m_host));
        QCOMPARE(live.resets.size(), 0);
    }
};

QTEST_MAIN(TestLiveImages)
#include "tst_liveimages.moc"
