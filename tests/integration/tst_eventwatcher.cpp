// SPDX-License-Identifier: GPL-3.0-or-later
// EngineEventWatcher against the private dockerd of tests/env: changes made with the docker
// CLI arrive as events; nothing but image events comes; a quiet stream is never timed out;
// events made while the watcher was stopped arrive when it starts again; and when the daemon
// restarts, the watcher keeps trying while it is gone, reconnects by itself and sees what
// follows. Each waits for the event itself, with a ceiling of tens of seconds that only a
// hang reaches; how fast they come is measured by tests/bench (bench_latency).
#include "dockerdcontrol.h"
#include "engine/engineclient.h"
#include "engine/engineeventwatcher.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;
using namespace std::chrono_literals;

namespace {

const QString Source = QStringLiteral("berth-test/busybox:1.0");
constexpr qint64 Never = std::numeric_limits<qint64>::max();
// How long a test waits for an event before it calls it lost: far beyond any busy machine.
constexpr int EventCeilingMs = 30000;

// A watcher on the private dockerd, with every event it delivers and when it came.
struct Watching
{
    EngineClient client;
    EngineEventWatcher watcher;
    QSignalSpy connected;
    QSignalSpy disconnected;
    QList<EngineEvent> events;
    QList<qint64> arrivals;
    QElapsedTimer clock;

    explicit Watching(const QString &host)
        : client(*EngineEndpoint::parse(host))
        , watcher(&client)
        , connected(&watcher, &EngineEventWatcher::connected)
        , disconnected(&watcher, &EngineEventWatcher::disconnected)
    {
        clock.start();
        QObject::connect(&watcher, &EngineEventWatcher::eventReceived, &watcher,
                         [this](const EngineEvent &event) {
                             events.append(event);
                             arrivals.append(clock.elapsed());
                         });
    }

    // Starts, and waits for the stream to open (once more than before).
    bool start()
    {
        const qsizetype before = connected.size();
        watcher.start();
        return QTest::qWaitFor([&] { return connected.size() > before; }, 10000);
    }

    // When the tag event that names this reference came, or -1.
    qint64 tagArrival(const QString &reference) const
    {
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).action == u"tag" &&
                events.at(i).attributes.value(QStringLiteral("name")) == reference)
                return arrivals.at(i);
        }
        return -1;
    }

    // Makes a tag with the docker CLI; returns how long after the command ended its event
    // came (negative: before it ended), or Never.
    qint64 tagLatency(DockerdControl::MadeTags &tags, const QString &what, QString *made = nullptr)
    {
        const QString reference = tags.make(what, Source);
        const qint64 ended = clock.elapsed();
        if (made)
            *made = reference;
        if (reference.isEmpty() ||
            !QTest::qWaitFor([&] { return tagArrival(reference) >= 0; }, EventCeilingMs))
            return Never;
        return tagArrival(reference) - ended;
    }
};

} // namespace

class TestEventWatcher final : public QObject
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

    void seesATag()
    {
        DockerdControl::MadeTags tags(m_host);
        Watching w(m_host);
        QVERIFY(w.start());
        QString reference;
        const qint64 latency = w.tagLatency(tags, QStringLiteral("watch-tag"), &reference);
        QVERIFY2(latency != Never, "the tag's event never came");
        const EngineEvent tagged = w.events.last();
        QCOMPARE(tagged.type, QStringLiteral("image"));
        QCOMPARE(tagged.actorId, DockerdControl::imageId(m_host, Source));
        QVERIFY(tagged.mayChangeImageList());

        // Removing it is an untag of the same image.
        QCOMPARE(DockerdControl::docker(m_host, {QStringLiteral("rmi"), reference}), 0);
        tags.forget(reference);
        QTRY_VERIFY_WITH_TIMEOUT(w.events.last().action == u"untag", EventCeilingMs);
        QCOMPARE(w.events.last().actorId, tagged.actorId);
        QCOMPARE(w.disconnected.size(), 0);
    }

    void followsImageEventsOnlyAndNeverTimesOut()
    {
        // The client's API calls give up after 300 ms of silence; the event stream, quiet
        // for longer, must not. A volume's events are not image events: none comes. The
        // engine sends its events in order, so once the tag made after the volume's events
        // has come, any of theirs would have come before it.
        DockerdControl::MadeTags tags(m_host);
        Watching w(m_host);
        w.client.setApiIdleTimeout(300ms);
        QVERIFY(w.start());
        const QString volume = QStringLiteral("berth-test-watch-volume");
        QCOMPARE(DockerdControl::docker(
                     m_host, {QStringLiteral("volume"), QStringLiteral("create"), volume}),
                 0);
        QCOMPARE(DockerdControl::docker(m_host,
                                        {QStringLiteral("volume"), QStringLiteral("rm"), volume}),
                 0);
        // Silence longer than the idle timeout, the condition under test (a floor, never a
        // bound: a slow machine only makes it longer). No event may come of the volume.
        QTest::qWait(3 * 300);
        QVERIFY(w.events.isEmpty());
        QString marker;
        QVERIFY(w.tagLatency(tags, QStringLiteral("watch-marker"), &marker) != Never);
        QCOMPARE(w.events.size(), 1);
        QCOMPARE(w.events.first().attributes.value(QStringLiteral("name")), marker);
        QCOMPARE(w.disconnected.size(), 0);
        QVERIFY(w.watcher.isConnected());
    }

    void deliversWhatHappenedWhileStopped()
    {
        // After stop(), start() asks for the events since the last one seen: a tag made in
        // between arrives, and the one seen before does not come again.
        DockerdControl::MadeTags tags(m_host);
        Watching w(m_host);
        QVERIFY(w.start());
        QString before;
        QVERIFY(w.tagLatency(tags, QStringLiteral("watch-before"), &before) != Never);

        w.watcher.stop();
        QVERIFY(!w.watcher.isRunning());
        const QString between = tags.make(QStringLiteral("watch-between"), Source);
        QVERIFY(!between.isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(w.tagArrival(between), -1); // stopped: nothing is delivered
        QVERIFY(!w.watcher.isConnected());

        QVERIFY(w.start());
        QTRY_VERIFY_WITH_TIMEOUT(w.tagArrival(between) >= 0, EventCeilingMs);
        qsizetype seenBefore = 0;
        for (const EngineEvent &event : std::as_const(w.events))
            seenBefore += event.attributes.value(QStringLiteral("name")) == before ? 1 : 0;
        QCOMPARE(seenBefore, 1);
    }

    void reconnectsAfterTheDaemonRestarts()
    {
        DockerdControl::RestartGuard guard;
        DockerdControl::MadeTags tags(m_host);
        Watching w(m_host);
        QVERIFY(w.start());

        QVERIFY(DockerdControl::script(QStringLiteral("stop")));
        // The stream ended with the daemon, and it keeps trying while the daemon is gone:
        // a second disconnected() is an attempt that failed. Waited for before the daemon
        // comes back, so how fast it comes back does not matter.
        QTRY_VERIFY_WITH_TIMEOUT(!w.disconnected.isEmpty(), EventCeilingMs);
        QVERIFY(!w.watcher.isConnected());
        QVERIFY(w.watcher.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(w.disconnected.size() >= 2, EventCeilingMs);
        QCOMPARE(w.connected.size(), 1);
        QVERIFY(DockerdControl::script(QStringLiteral("start")));
        // Back by itself: the backoff's ceiling is 5 s, so only a watcher that gave up
        // misses this one.
        QTRY_COMPARE_WITH_TIMEOUT(w.connected.size(), 2, EventCeilingMs);
        QVERIFY(w.watcher.isConnected());

        const qint64 latency = w.tagLatency(tags, QStringLiteral("watch-restart"));
        QVERIFY2(latency != Never, "no tag event after the restart");
    }
};

QTEST_GUILESS_MAIN(TestEventWatcher)
#include "tst_eventwatcher.moc"
