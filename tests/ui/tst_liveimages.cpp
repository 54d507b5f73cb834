// SPDX-License-Identifier: GPL-3.0-or-later
// The window's image list follows the private dockerd of tests/env live: a tag made with
// the docker CLI appears and an rmi removes its row, by difference (never a model reset),
// under QAbstractItemModelTester; the list is made on a worker thread; and after the daemon
// restarts the window says it lost the engine, reads the list again as it reconnects and
// follows the engine's changes again; and it follows the sandbox engine once the banner has
// started it. Each waits for the change itself, with a ceiling only a hang reaches; how
// fast a tag reaches the model is measured by tests/bench (bench_latency).
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
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Berth;
using namespace Berth::Ui;

namespace {

const QString Source = QStringLiteral("berth-test/busybox:1.0");
constexpr qint64 Never = std::numeric_limits<qint64>::max();
// How long a test waits for a change before it calls it lost: far beyond any busy machine.
constexpr int ChangeCeilingMs = 30000;

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
        : LiveWindow(MainWindow::Options{*Engine::EngineEndpoint::parse(host), false, {}, {}, {}})
    {}

    explicit LiveWindow(const MainWindow::Options &options)
        : window(options)
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

    // The count of lists once they stop coming: none for a second, however long the
    // engine's events and their lists take to arrive on a busy machine before that.
    qsizetype settledLists()
    {
        qsizetype seen = -1;
        QElapsedTimer quiet;
        const bool settled = QTest::qWaitFor(
            [&] {
                if (refreshed.size() != seen) {
                    seen = refreshed.size();
                    quiet.start();
                }
                return quiet.elapsed() >= 1000;
            },
            ChangeCeilingMs);
        return settled ? refreshed.size() : -1; // lists that never stop coming have no count
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
    // change's own), or Never if it never did.
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
        return QTest::qWaitFor([&] { return at >= 0; }, ChangeCeilingMs) ? at - ended : Never;
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
    // The window keeps a job history: the tests' goes to a test folder, not the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
        QVERIFY2(shown != Never, "the tag never reached the model");
        QCOMPARE(live.window.imagesModel()->rowCount(), before + 1);

        const qint64 gone = live.latency(
            [&] {
                tags.forget(reference);
                return DockerdControl::docker(m_host, {QStringLiteral("rmi"), reference}) == 0;
            },
            [&] { return !live.hasTag(reference); });
        QVERIFY2(gone != Never, "the row never left the model");
        QCOMPARE(live.window.imagesModel()->rowCount(), before);
        QCOMPARE(modelTags(live.window.imagesModel()), engineTags(m_host));
        QCOMPARE(live.resets.size(), 0);
    }

    void aBurstOfEventsCostsOneList()
    {
        // An image of its own with three tags, removed by id in one call: the engine sends
        // three untags and a delete at once, and the window lists once for all of them.
        LiveWindow live(m_host);
        QVERIFY(live.waitUntilLive());
        QTemporaryDir dir;
        QFile marker(dir.filePath(QStringLiteral("marker")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write(QUuid::createUuid().toByteArray());
        marker.close();
        const QString tarball = dir.filePath(QStringLiteral("image.tar"));
        QCOMPARE(DockerdControl::run(QStringLiteral("tar"),
                                     {QStringLiteral("-cf"), tarball, QStringLiteral("-C"),
                                      dir.path(), QStringLiteral("marker")},
                                     30000),
                 0);
        const QStringList references{DockerdControl::uniqueTag(QStringLiteral("live-burst")),
                                     DockerdControl::uniqueTag(QStringLiteral("live-burst")),
                                     DockerdControl::uniqueTag(QStringLiteral("live-burst"))};
        QCOMPARE(
            DockerdControl::docker(m_host, {QStringLiteral("import"), tarball, references.at(0)}),
            0);
        const QString id = DockerdControl::imageId(m_host, references.at(0));
        for (const QString &reference : references.sliced(1))
            QCOMPARE(DockerdControl::docker(m_host, {QStringLiteral("tag"), id, reference}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(live.hasTag(references.at(2)) && live.hasTag(references.at(1)),
                                 ChangeCeilingMs);
        const qsizetype rows = live.window.imagesModel()->rowCount();
        const qsizetype lists = live.settledLists(); // every list of the tagging has come

        const qint64 gone = live.latency(
            [&] {
                return DockerdControl::docker(
                           m_host, {QStringLiteral("rmi"), QStringLiteral("-f"), id}) == 0;
            },
            [&] { return live.window.imagesModel()->rowCount() == rows - 3; });
        QVERIFY2(gone != Never, "the three rows never left the model");
        // Four events (three untags and the delete), one list, usually. On a busy machine
        // the daemon's events may straddle the 100 ms cap or a list under way, which costs
        // a second list: never one list per event.
        const qsizetype added = live.settledLists() - lists;
        QVERIFY2(added >= 1 && added <= 2, qPrintable(QString::number(added)));
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
        QVERIFY(live.tagLatency(tags, QStringLiteral("live-removed"), &removedAround) != Never);

        // While the daemon is gone the window says so, and keeps the rows it had.
        QVERIFY(DockerdControl::script(QStringLiteral("stop")));
        QTRY_COMPARE_WITH_TIMEOUT(live.window.banner()->mode(), EngineBanner::Mode::Error,
                                  ChangeCeilingMs);
        QVERIFY2(live.window.banner()->text().contains(QStringLiteral("No Docker engine")),
                 qPrintable(live.window.banner()->text()));
        QCOMPARE(live.liveText(), QStringLiteral("Not live"));
        QVERIFY(live.hasTag(removedAround));

        const qsizetype listsWhileDown = live.refreshed.size();

        // Back, the window reads the list again as it reconnects (nothing changed in the
        // images meanwhile, so no event asked for that list), and is live again.
        QVERIFY(DockerdControl::script(QStringLiteral("start")));
        QTRY_VERIFY_WITH_TIMEOUT(live.window.feed()->isLive(), ChangeCeilingMs);
        QTRY_VERIFY_WITH_TIMEOUT(live.refreshed.size() > listsWhileDown, ChangeCeilingMs);
        QCOMPARE(live.window.banner()->mode(), EngineBanner::Mode::Hidden);
        QCOMPARE(live.liveText(), QStringLiteral("Live"));
        QCOMPARE(modelTags(live.window.imagesModel()), engineTags(m_host));

        QString added;
        const qint64 shown = live.tagLatency(tags, QStringLiteral("live-after"), &added);
        QVERIFY2(shown != Never, "after the restart, the tag never reached the model");
        const qint64 gone = live.latency(
            [&] {
                tags.forget(removedAround);
                return DockerdControl::docker(m_host, {QStringLiteral("rmi"), removedAround}) == 0;
            },
            [&] { return !live.hasTag(removedAround); });
        QVERIFY2(gone != Never, "after the restart, a tag made before it never left the model");
        QCOMPARE(modelTags(live.window.imagesModel()), engineTags(m_host));
        QCOMPARE(live.resets.size(), 0);
    }

    void followsTheSandboxOnceStarted()
    {
        // The window opens on an endpoint where nothing listens, then starts the sandbox
        // engine from its banner; the sandbox here is the running private dockerd (its
        // script starts it idempotently). The list then follows the new engine, live.
        DockerdControl::MadeTags tags(m_host);
        QTemporaryDir dir;
        MainWindow::Options options;
        options.endpoint =
            *Engine::EngineEndpoint::parse(dir.filePath(QStringLiteral("nothing.sock")));
        options.sandbox = {qEnvironmentVariable("BERTH_SOURCE_DIR") +
                               QStringLiteral("/tests/env/dockerd.sh"),
                           DockerdControl::stateDir()};
        LiveWindow live(options);
        QTRY_COMPARE_WITH_TIMEOUT(live.window.banner()->mode(), EngineBanner::Mode::Error,
                                  ChangeCeilingMs);
        QVERIFY(!live.window.feed()->isLive());
        QCOMPARE(live.window.imagesModel()->rowCount(), 0);

        auto *sandboxButton = live.window.findChild<QPushButton *>(QStringLiteral("sandboxButton"));
        QVERIFY(sandboxButton && sandboxButton->isVisible());
        QTest::mouseClick(sandboxButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(live.window.feed()->isLive(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(live.window.banner()->mode(), EngineBanner::Mode::Sandbox,
                                  ChangeCeilingMs);
        QTRY_COMPARE_WITH_TIMEOUT(modelTags(live.window.imagesModel()), engineTags(m_host),
                                  ChangeCeilingMs);
        QVERIFY(live.window.windowTitle().contains(m_host));

        QString reference;
        const qint64 shown = live.tagLatency(tags, QStringLiteral("live-sandbox"), &reference);
        QVERIFY2(shown != Never, "the tag never reached the sandbox's model");
        QCOMPARE(live.resets.size(), 0);
    }

    void refreshStillReloads()
    {
        // F5 lists again even though the stream is live.
        LiveWindow live(m_host);
        QVERIFY(live.waitUntilLive());
        const qsizetype lists = live.settledLists(); // the lists of the start have all come
        QTest::keyClick(&live.window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(live.refreshed.size(), lists + 1, ChangeCeilingMs);
        QCOMPARE(modelTags(live.window.imagesModel()), engineTags(m_host));
        QCOMPARE(live.resets.size(), 0);
    }
};

QTEST_MAIN(TestLiveImages)
#include "tst_liveimages.moc"
