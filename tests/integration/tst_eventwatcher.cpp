// SPDX-License-Identifier: GPL-3.0-or-later
// EngineEventWatcher against the private dockerd of tests/env: changes made with the docker
// CLI arrive as events within a second; nothing but image events comes; a quiet stream is
// never timed out; events made while the watcher was stopped arrive when it starts again;
// and when the daemon restarts, the watcher reconnects by itself and sees what follows.
#include "dockerdcontrol.h"
#include "engine/engineclient.h"
#include "engine/engineeventwatcher.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Berth;
using namespace Berth::Engine;
using namespace std::chrono_literals;

namespace {

const QString Source = QStringLiteral("berth-test/busybox:1.0");

QString uniqueTag(const QString &what)
{
    return QStringLiteral("berth-test/watch-%1:%2")
        .arg(what, QUuid::createUuid().toString(QUuid::Id128).left(8));
}

// Every event the watcher delivers, with when it came.
struct EventLog
{
    QList<EngineEvent> events;
    QList<qint64> arrivals;
    QElapsedTimer clock;

    explicit EventLog(EngineEventWatcher *watcher)
    {
        clock.start();
        QObject::connect(watcher, &EngineEventWatcher::eventReceived, watcher,
                         [this](const EngineEvent &event) {
                             events.append(event);
                             arrivals.append(clock.elapsed());
                         });
    }

    // The arrival of the tag event that names this reference, or -1.
    qint64 tagArrival(const QString &reference) const
    {
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).action == u"tag" &&
                events.at(i).attributes.value(QStringLiteral("name")) == reference)
                return arrivals.at(i);
        }
        return -1;
    }
};

} // namespace

class TestEventWatcher final : public QObject
{
    Q_OBJECT

private:
    QString m_host;
    QStringList m_made; // tags to remove after each test

    // Tags Source as reference with the docker CLI; returns how long after the command
    // ended the watcher had the event (negative: before it ended), or a huge number.
    qint64 tagAndMeasure(const EventLog &log, const QString &reference)
    {
        m_made.append(reference);
        if (DockerdControl::docker(m_host, {QStringLiteral("tag"), Source, reference}) != 0)
            return std::numeric_limits<qint64>::max();
        const qint64 ended = log.clock.elapsed();
        if (!QTest::qWaitFor([&] { return log.tagArrival(reference) >= 0; }, 5000))
            return std::numeric_limits<qint64>::max();
        const qint64 arrival = log.tagArrival(reference);
        return arrival < 0 ? std::numeric_limits<qint64>::max() : arrival - ended;
    }

private Q_SLOTS:
    void init()
    {
        m_host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(m_host, "dockerd");
    }

    void cleanup()
    {
        if (!m_made.isEmpty() && !TestEnv::dockerHost().isEmpty())
            DockerdControl::docker(m_host, QStringList{QStringLiteral("rmi")} + m_made);
        m_made.clear();
    }

    void seesATagWithinASecond()
    {
        EngineClient client(*EngineEndpoint::parse(m_host));
        EngineEventWatcher watcher(&client);
        QSignalSpy connected(&watcher, &EngineEventWatcher::connected);
        QSignalSpy disconnected(&watcher, &EngineEventWatcher::disconnected);
        EventLog log(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);

        const QString reference = uniqueTag(QStringLiteral("tag"));
        const qint64 latency = tagAndMeasure(log, reference);
        qInfo("tag seen %lld ms after docker tag ended", latency);
        QVERIFY2(latency <= 1000, qPrintable(QString::number(latency)));
        const EngineEvent &event = log.events.last();
        QCOMPARE(event.type, QStringLiteral("image"));
        QCOMPARE(event.actorId, DockerdControl::imageId(m_host, Source));
        QVERIFY(event.mayChangeImageList());

        // Removing it is an untag of the same image.
        QCOMPARE(DockerdControl::docker(m_host, {QStringLiteral("rmi"), reference}), 0);
        m_made.clear();
        QTRY_VERIFY_WITH_TIMEOUT(log.events.last().action == u"untag", 1000);
        QCOMPARE(log.events.last().actorId, event.actorId);
        QCOMPARE(disconnected.size(), 0);
    }

    void followsImageEventsOnlyAndNeverTimesOut()
    {
        // The client's API calls give up after 300 ms of silence; the event stream, quiet
        // for longer, must not. A volume's events are not image events: none comes.
        EngineClient client(*EngineEndpoint::parse(m_host));
        client.setApiIdleTimeout(300ms);
        EngineEventWatcher watcher(&client);
        QSignalSpy connected(&watcher, &EngineEventWatcher::connected);
        QSignalSpy disconnected(&watcher, &EngineEventWatcher::disconnected);
        EventLog log(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
        const QString volume = QStringLiteral("berth-test-watch-volume");
        QCOMPARE(DockerdControl::docker(
                     m_host, {QStringLiteral("volume"), QStringLiteral("create"), volume}),
                 0);
        QCOMPARE(DockerdControl::docker(m_host,
                                        {QStringLiteral("volume"), QStringLiteral("rm"), volume}),
                 0);
        QTest::qWait(1000);
        QVERIFY(log.events.isEmpty());
        QCOMPARE(disconnected.size(), 0);
        QVERIFY(watcher.isConnected());
    }

    void deliversWhatHappenedWhileStopped()
    {
        // After stop(), start() asks for the events since the last one seen: a tag made in
        // between arrives, and the one seen before does not come again.
        EngineClient client(*EngineEndpoint::parse(m_host));
        EngineEventWatcher watcher(&client);
        QSignalSpy connected(&watcher, &EngineEventWatcher::connected);
        EventLog log(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
        const QString before = uniqueTag(QStringLiteral("before"));
        QVERIFY(tagAndMeasure(log, before) <= 1000);

        watcher.stop();
        QVERIFY(!watcher.isRunning());
        const QString between = uniqueTag(QStringLiteral("between"));
        m_made.append(between);
        QCOMPARE(DockerdControl::docker(m_host, {QStringLiteral("tag"), Source, between}), 0);
        QTest::qWait(200);
        QCOMPARE(log.tagArrival(between), -1); // stopped: nothing is delivered

        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(log.tagArrival(between) >= 0, 2000);
        qsizetype seenBefore = 0;
        for (const EngineEvent &event : std::as_const(log.events))
            seenBefore += event.attributes.value(QStringLiteral("name")) == before ? 1 : 0;
        QCOMPARE(seenBefore, 1);
    }

    void reconnectsAfterTheDaemonRestarts()
    {
        DockerdControl::RestartGuard guard;
        EngineClient client(*EngineEndpoint::parse(m_host));
        EngineEventWatcher watcher(&client);
        QSignalSpy connected(&watcher, &EngineEventWatcher::connected);
        QSignalSpy disconnected(&watcher, &EngineEventWatcher::disconnected);
        EventLog log(&watcher);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);

        QElapsedTimer outage;
        outage.start();
        QVERIFY(DockerdControl::script(QStringLiteral("stop")));
        // The stream ended with the daemon, and attempts to reconnect fail while it is gone.
        QTRY_VERIFY_WITH_TIMEOUT(!disconnected.isEmpty(), 5000);
        QVERIFY(!watcher.isConnected());
        QVERIFY(watcher.isRunning());
        QVERIFY(DockerdControl::script(QStringLiteral("start")));
        QElapsedTimer sinceStart;
        sinceStart.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 15000);
        qInfo("daemon stopped and started in %lld ms; watcher connected again %lld ms after "
              "dockerd.sh start ended (0: before), after %lld failed attempts",
              outage.elapsed() - sinceStart.elapsed(), sinceStart.elapsed(),
              qint64(disconnected.size()));
        // Within the 5 s ceiling of the backoff, and it tried more than once meanwhile.
        QVERIFY(sinceStart.elapsed() <= 5500);
        QVERIFY(disconnected.size() >= 2);
        QVERIFY(watcher.isConnected());

        const QString after = uniqueTag(QStringLiteral("restart"));
        const qint64 latency = tagAndMeasure(log, after);
        qInfo("tag after the restart seen %lld ms after docker tag ended", latency);
        QVERIFY2(latency <= 1000, qPrintable(QString::number(latency)));
    }
};

QTEST_GUILESS_MAIN(TestEventWatcher)
#include "tst_eventwatcher.moc"
