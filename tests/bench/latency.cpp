// SPDX-License-Identifier: GPL-3.0-or-later
// How soon things happen that the tests only wait for (tst_eventwatcher, tst_liveimages,
// tst_jobqueue): a tag made with the docker CLI reaching the event watcher and the window's
// model, the watcher's reconnect after the private dockerd restarts, and a cancelled pull
// ending at the queue and at the registry. Prints the median (and the worst) of a few runs
// of each; asserts only that each thing happened. Targets: a tag within 1 s, a reconnect
// within the backoff's 5 s ceiling of the daemon's return, a cancel within 1 s.
#include "dockerdcontrol.h"
#include "engine/engineclient.h"
#include "engine/engineeventwatcher.h"
#include "jobs/jobqueue.h"
#include "randomimage.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Berth;

namespace {

const QString Source = QStringLiteral("berth-test/busybox:1.0");
constexpr int Runs = 5;
constexpr int Ceiling = 60000;

void report(const char *what, QList<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%s: median %lld ms, worst %lld ms over %lld runs\n", what, ms.at(ms.size() / 2),
                ms.last(), qint64(ms.size()));
    std::fflush(stdout);
}

bool modelHas(const Ui::LocalImagesModel *model, const QString &reference)
{
    for (const auto &row : model->rows()) {
        if (row.repository + u':' + row.tag == reference)
            return true;
    }
    return false;
}

} // namespace

class BenchLatency final : public QObject
{
    Q_OBJECT

private:
    QString m_host;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(m_host, "dockerd");
    }

    void tagToEventAndReconnect()
    {
        DockerdControl::RestartGuard guard;
        DockerdControl::MadeTags tags(m_host);
        Engine::EngineClient client(*Engine::EngineEndpoint::parse(m_host));
        Engine::EngineEventWatcher watcher(&client);
        QSignalSpy connected(&watcher, &Engine::EngineEventWatcher::connected);
        QStringList seen;
        connect(&watcher, &Engine::EngineEventWatcher::eventReceived, this,
                [&](const Engine::EngineEvent &event) {
                    seen.append(event.attributes.value(QStringLiteral("name")));
                });
        watcher.start();
        QVERIFY(QTest::qWaitFor([&] { return connected.size() == 1; }, Ceiling));

        QList<qint64> tagMs;
        for (int i = 0; i < Runs; ++i) {
            const QString reference = tags.make(QStringLiteral("bench-event"), Source);
            QElapsedTimer clock;
            clock.start();
            QVERIFY(QTest::qWaitFor([&] { return seen.contains(reference); }, Ceiling));
            tagMs.append(clock.elapsed());
        }
        report("tag to event (after docker tag ended)", tagMs);

        QList<qint64> reconnectMs;
        for (int i = 0; i < 3; ++i) {
            const qsizetype before = connected.size();
            QVERIFY(DockerdControl::script(QStringLiteral("stop")));
            QVERIFY(DockerdControl::script(QStringLiteral("start")));
            QElapsedTimer clock;
            clock.start();
            QVERIFY(QTest::qWaitFor([&] { return connected.size() > before; }, Ceiling));
            reconnectMs.append(clock.elapsed());
        }
        report("event stream reconnected (after dockerd.sh start ended)", reconnectMs);
    }

    void tagToModel()
    {
        DockerdControl::MadeTags tags(m_host);
        Ui::MainWindow::Options options;
        options.endpoint = *Engine::EngineEndpoint::parse(m_host);
        Ui::MainWindow window(options);
        QSignalSpy refreshed(&window, &Ui::MainWindow::refreshFinished);
        window.show();
        QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, Ceiling));
        QList<qint64> ms;
        for (int i = 0; i < Runs; ++i) {
            const QString reference = tags.make(QStringLiteral("bench-model"), Source);
            QElapsedTimer clock;
            clock.start();
            QVERIFY(QTest::qWaitFor([&] { return modelHas(window.imagesModel(), reference); },
                                    Ceiling));
            ms.append(clock.elapsed());
        }
        report("tag to the window's model (after docker tag ended)", ms);
    }

    void cancelPull()
    {
        const QString registry =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        const QString proxy =
            TestEnv::readState(QStringLiteral("faultproxy"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(proxy, "faultproxy");
        const QString path =
            QStringLiteral("/bench/cancel:") + QString::number(QCoreApplication::applicationPid());
        QVERIFY(TestImages::loadRandomImage(registry + path, 1, 8'000'000));
        QVERIFY(TestPeers::docker({QStringLiteral("push"), registry + path}));
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), registry + path}));
        QVERIFY(TestPeers::proxyReset());
        QVERIFY(TestPeers::proxyFault(R"({"mode": "throttle", "rate": 200000})"));

        Jobs::JobQueue queue(Jobs::JobQueue::Limits::all(3));
        QList<qint64> endedMs;
        QList<qint64> closedMs;
        for (int i = 0; i < 3; ++i) {
            Jobs::JobSpec spec;
            spec.kind = Jobs::JobKind::Pull;
            spec.endpoint = *Engine::EngineEndpoint::parse(m_host);
            spec.references = {proxy + path};
            const QString id = queue.enqueue(spec);
            QVERIFY(QTest::qWaitFor([&] { return queue.job(id)->progress.bytesDone > 200'000; },
                                    Ceiling));
            QElapsedTimer clock;
            clock.start();
            queue.cancel(id);
            QVERIFY(QTest::qWaitFor(
                [&] { return queue.job(id)->state == Jobs::JobState::Cancelled; }, Ceiling));
            endedMs.append(clock.elapsed());
            QVERIFY(
                QTest::qWaitFor([] { return TestPeers::proxyConnectionsOpen() == 0; }, Ceiling));
            closedMs.append(clock.elapsed());
        }
        report("cancel to Cancelled", endedMs);
        report("cancel to the daemon's registry connection closed", closedMs);
        QVERIFY(TestPeers::proxyReset());
    }
};

QTEST_MAIN(BenchLatency)
#include "latency.moc"
