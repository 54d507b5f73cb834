// SPDX-License-Identifier: GPL-3.0-or-later
// Speed, time left and the report throttle, on times the test chooses.
#include "jobs/progressthrottle.h"
#include "jobs/ratemeter.h"

#include <QTest>

using Berth::Jobs::ProgressThrottle;
using Berth::Jobs::RateMeter;

class TestJobProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateOverTheWindow()
    {
        RateMeter meter(3000);
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        QCOMPARE(meter.etaSeconds(1000), -1);
        meter.add(0, 0);
        meter.add(100, 100'000);
        QCOMPARE(meter.bytesPerSecond(), 0.0); // under 200 ms: too short to say
        meter.add(1000, 1'000'000);
        QCOMPARE(meter.bytesPerSecond(), 1'000'000.0);
        QCOMPARE(meter.etaSeconds(10'000'000), 9);
        QCOMPARE(meter.etaSeconds(1'000'000), 0);
        QCOMPARE(meter.etaSeconds(-1), -1); // size unknown
    }

    void rateFollowsAStall()
    {
        RateMeter meter(3000);
        for (qint64 t = 0; t <= 3000; t += 500)
            meter.add(t, t * 1000); // 1 MB/s
        QCOMPARE(meter.bytesPerSecond(), 1'000'000.0);
        for (qint64 t = 3500; t <= 7000; t += 500)
            meter.add(t, 3'000'000); // nothing moves
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        QCOMPARE(meter.etaSeconds(5'000'000), -1);
    }

    void rateStartsAgainWhenBytesGoBack()
    {
        RateMeter meter(3000);
        meter.add(0, 0);
        meter.add(1000, 2'000'000);
        meter.add(1500, 100); // the daemon restarted a layer
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        meter.add(2500, 500'100);
        QCOMPARE(meter.bytesPerSecond(), 500'000.0);
    }

    void throttleAllowsOneReportPerInterval()
    {
        ProgressThrottle throttle(100);
        QCOMPARE(throttle.delayFor(0), 0); // the first report goes at once
        throttle.reported(0);
        QCOMPARE(throttle.delayFor(30), 70);
        QCOMPARE(throttle.delayFor(99), 1);
        QCOMPARE(throttle.delayFor(100), 0);
        throttle.reported(130);
        QCOMPARE(throttle.delayFor(140), 90);
    }

    void throttleCountOverASecondOfUpdates()
    {
        // An update every millisecond for a second, reported as a caller of delayFor does:
        // at once when allowed, else once when the delay is over.
        ProgressThrottle throttle(100);
        int reports = 0;
        qint64 pendingAt = -1;
        for (qint64 now = 0; now < 1000; ++now) {
            if (pendingAt >= 0 && now >= pendingAt) {
                throttle.reported(now);
                ++reports;
                pendingAt = -1;
            }
            const qint64 delay = throttle.delayFor(now);
            if (delay == 0) {
                throttle.reported(now);
                ++reports;
            } else if (pendingAt < 0) {
                pendingAt = now + delay;
            }
        }
        QCOMPARE(reports, 10);
    }
};

QTEST_GUILESS_MAIN(TestJobProgress)
#include "tst_jobprogress.moc"
