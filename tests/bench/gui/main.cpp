// SPDX-License-Identifier: GPL-3.0-or-later
// How late the GUI thread answers while the window's job pool moves bytes. The real
// MainWindow, offscreen, with its Jobs dock expanded; 8 jobs at once push and pull images
// of random layers between the private dockerd and the open registry, a new one queued as
// each ends, for BERTH_BENCH_SECONDS (default 12) per phase. A 2 ms precise timer on the
// GUI thread measures how late each tick comes. Three phases:
//   idle       the window alone: the baseline;
//   paced      the transfers go through the fault proxy at 1 MB/s per connection
//              (BERTH_BENCH_PACED_RATE bytes/s), as a remote registry would serve them:
//              the machine has cores to spare;
//   saturated  straight to the local registry, as fast as dockerd, the registry and Berth
//              can go: on a small machine the daemon's compression and hashing take every
//              core, and the delay also says how long the GUI thread waited for one.
// In each phase a peer, the same probe in a child process with nothing else to do, runs
// over the same seconds: what it sees is the machine's share of the delay. Prints each
// phase, its ratio to idle and to the peer; asserts only that bytes moved.
// Target: worst delay <= 16 ms (one frame at 60 Hz).
#include "latencyprobe.h"
#include "randomimage.h"
#include "testenv.h"
#include "testpeers.h"
#include "timingapplication.h"
#include "transferworkload.h"
#include "ui/jobsdock.h"
#include "ui/jobsmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <optional>

using namespace Berth;
using namespace std::chrono_literals;

namespace {

constexpr int ParallelJobs = 8;
constexpr int LayersPerImage = 2;
constexpr qint64 BytesPerLayer = 24 * 1024 * 1024;
// Paced: an image moves in about 3 s at this rate, so each job pushes and pulls a few times.
constexpr qint64 PacedBytesPerLayer = 3 * 1000 * 1000;
constexpr int DefaultPacedRate = 1000 * 1000; // bytes per second and connection

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Runs the event loop for `duration`, or until the sender emits `until`.
template<typename Sender, typename Signal>
void spinUntil(std::chrono::milliseconds duration, const Sender *sender, Signal until)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    QObject::connect(sender, until, &loop, &QEventLoop::quit);
    loop.exec();
}

void spinFor(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

LatencyProbe::Figures probe(std::chrono::milliseconds duration)
{
    LatencyProbe probe(2ms);
    probe.start();
    spinFor(duration);
    return probe.stop();
}

QJsonObject toJson(const LatencyProbe::Figures &f)
{
    return {{QStringLiteral("medianMs"), f.medianMs},
            {QStringLiteral("p99Ms"), f.p99Ms},
            {QStringLiteral("worstMs"), f.worstMs},
            {QStringLiteral("worstRunQueueMs"), f.worstRunQueueMs},
            {QStringLiteral("over16Ms"), double(f.over16Ms)}};
}

LatencyProbe::Figures fromJson(const QJsonObject &o)
{
    LatencyProbe::Figures f;
    f.medianMs = o.value(u"medianMs").toDouble();
    f.p99Ms = o.value(u"p99Ms").toDouble();
    f.worstMs = o.value(u"worstMs").toDouble();
    f.worstRunQueueMs = o.value(u"worstRunQueueMs").toDouble();
    f.over16Ms = qsizetype(o.value(u"over16Ms").toDouble());
    return f;
}

// The peer: the same probe in a child process that does nothing else, over the same time.
// What it sees is what the machine alone does to a 2 ms timer.
int runPeer(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const LatencyProbe::Figures figures = probe(std::chrono::seconds(QByteArray(argv[2]).toInt()));
    std::fputs(QJsonDocument(toJson(figures)).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

struct Measured
{
    LatencyProbe::Figures own;
    std::optional<LatencyProbe::Figures> peer;
};

// Berth's GUI thread and the peer, side by side.
Measured measure(std::chrono::seconds duration)
{
    QProcess peer;
    peer.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--peer-probe"), QString::number(duration.count())});
    Measured measured;
    measured.own = probe(duration);
    if (peer.waitForFinished(30000) && peer.exitCode() == 0) {
        const QJsonDocument answer = QJsonDocument::fromJson(peer.readAllStandardOutput());
        if (answer.isObject())
            measured.peer = fromJson(answer.object());
    }
    return measured;
}

QString describe(const LatencyProbe::Figures &f)
{
    // What is neither running nor waiting for a core: asleep, on a lock or on the threads
    // Qt's raster engine hands large fills to.
    const double asleepMs = qMax(0.0, f.worstMs - f.worstCpuMs - f.worstRunQueueMs);
    return QStringLiteral("%1 ticks, median %2 ms, p99 %3 ms, worst %4 ms (running %5 ms, waiting "
                          "for a core %6 ms, asleep %7 ms, %8 pages read from disk), %9 ticks "
                          "over 16 ms; its own work between two ticks: p99 %10 ms, longest %11 "
                          "ms; the process used %12 cores, the machine's cores were %13% busy")
        .arg(f.ticks)
        .arg(f.medianMs, 0, 'f', 3)
        .arg(f.p99Ms, 0, 'f', 3)
        .arg(f.worstMs, 0, 'f', 3)
        .arg(f.worstCpuMs, 0, 'f', 1)
        .arg(f.worstRunQueueMs, 0, 'f', 1)
        .arg(asleepMs, 0, 'f', 1)
        .arg(f.worstMajorFaults)
        .arg(f.over16Ms)
        .arg(f.p99RunMs, 0, 'f', 3)
        .arg(f.longestRunMs, 0, 'f', 3)
        .arg(f.processCores, 0, 'f', 2)
        .arg(f.machineBusy * 100, 0, 'f', 0);
}

QString describe(const TimingApplication::SlowEvent &event)
{
    return QStringLiteral("%1 ms (running %2 ms), %3")
        .arg(event.ms, 0, 'f', 1)
        .arg(event.cpuMs, 0, 'f', 1)
        .arg(event.what);
}

double ratio(double loaded, double idle)
{
    return idle > 0 ? loaded / idle : 0;
}

struct Phase
{
    Measured measured;
    QList<TimingApplication::SlowEvent> slow;
    TransferWorkload::Totals totals;
};

// Keeps 8 jobs moving the images for `duration` while the probe runs, then lets the
// queue empty and clears the dock for the next phase.
Phase runLoaded(TimingApplication &app, Ui::MainWindow &window,
                const Engine::EngineEndpoint &endpoint, const QStringList &images,
                std::chrono::seconds duration, TransferWorkload::StopMode stop)
{
    Phase phase;
    app.startRecording(8);
    TransferWorkload workload(window.jobQueue(), endpoint, images);
    workload.start();
    phase.measured = measure(duration);
    phase.slow = app.slowest(8);
    workload.stop(stop);
    spinUntil(120s, &workload, &TransferWorkload::drained);
    phase.totals = workload.totals();
    window.jobQueue()->clearFinished();
    return phase;
}

bool makeImages(const QStringList &references, qint64 bytesPerLayer)
{
    for (const QString &reference : references) {
        if (!TestImages::loadRandomImage(reference, LayersPerImage, bytesPerLayer)) {
            say(QStringLiteral("FAIL: could not make %1").arg(reference));
            return false;
        }
    }
    return true;
}

void removeImages(const QStringList &references)
{
    for (const QString &reference : references)
        TestPeers::docker({QStringLiteral("rmi"), QStringLiteral("-f"), reference});
}

QStringList imageNames(const QString &registry, const QString &repository)
{
    QStringList references;
    const QString run = QString::number(QCoreApplication::applicationPid());
    for (int i = 0; i < ParallelJobs; ++i)
        references.append(registry +
                          QStringLiteral("/%1/image%2:%3").arg(repository).arg(i).arg(run));
    return references;
}

QString describePeer(const LatencyProbe::Figures &peer, const LatencyProbe::Figures &own)
{
    return QStringLiteral(
               "    peer (an empty event loop in a child process, same timer, same time): "
               "median %1 ms, p99 %2 ms, worst %3 ms (waiting for a core %4 ms), %5 "
               "ticks over 16 ms; Berth/peer: p99 %6, worst %7")
        .arg(peer.medianMs, 0, 'f', 3)
        .arg(peer.p99Ms, 0, 'f', 3)
        .arg(peer.worstMs, 0, 'f', 3)
        .arg(peer.worstRunQueueMs, 0, 'f', 1)
        .arg(peer.over16Ms)
        .arg(ratio(own.p99Ms, peer.p99Ms), 0, 'f', 2)
        .arg(ratio(own.worstMs, peer.worstMs), 0, 'f', 2);
}

void report(const QString &name, const Phase &phase, const LatencyProbe::Figures &idle)
{
    const LatencyProbe::Figures &f = phase.measured.own;
    say(QStringLiteral("  %1: ").arg(name) + describe(f));
    say(QStringLiteral("    ratio to idle: median %1, p99 %2, worst %3; worst %4 ms, p99 %5 ms "
                       "(target: worst <= 16 ms)")
            .arg(ratio(f.medianMs, idle.medianMs), 0, 'f', 2)
            .arg(ratio(f.p99Ms, idle.p99Ms), 0, 'f', 2)
            .arg(ratio(f.worstMs, idle.worstMs), 0, 'f', 2)
            .arg(f.worstMs, 0, 'f', 1)
            .arg(f.p99Ms, 0, 'f', 1));
    if (phase.measured.peer)
        say(describePeer(*phase.measured.peer, f));
    const TransferWorkload::Totals &t = phase.totals;
    say(QStringLiteral("    work: %1 pushes and %2 pulls succeeded, %3 failed, %4 MiB moved")
            .arg(t.pushes)
            .arg(t.pulls)
            .arg(t.failed)
            .arg(double(t.bytes) / 1048576.0, 0, 'f', 0));
    for (const auto &slow : phase.slow)
        say(QStringLiteral("    slow event: ") + describe(slow));
    for (const QString &error : t.errors)
        say(QStringLiteral("    error: ") + error);
}

bool movedBytes(const QString &name, const Phase &phase, int pushes, qint64 bytes)
{
    const TransferWorkload::Totals &t = phase.totals;
    if (t.pushes >= pushes && t.bytes >= bytes)
        return true;
    say(QStringLiteral("FAIL: the %1 phase's jobs did not move the bytes the benchmark needs")
            .arg(name));
    return false;
}

int unavailable(const QString &service)
{
    say(TestEnv::skipReason(service));
    return TestEnv::isCi() ? 1 : 77;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--peer-probe") == 0)
        return runPeer(argc, argv);
    TimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString host = TestEnv::dockerHost();
    if (host.isEmpty())
        return unavailable(QStringLiteral("dockerd"));
    const QString registry =
        TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
    if (registry.isEmpty())
        return unavailable(QStringLiteral("registry_open"));
    const QString proxy = TestEnv::readState(QStringLiteral("faultproxy"), QStringLiteral("host"));
    if (proxy.isEmpty())
        return unavailable(QStringLiteral("faultproxy"));
    const int pacedRate = qEnvironmentVariableIntValue("BERTH_BENCH_PACED_RATE") > 0
                              ? qEnvironmentVariableIntValue("BERTH_BENCH_PACED_RATE")
                              : DefaultPacedRate;
    const auto seconds =
        std::chrono::seconds(qEnvironmentVariableIntValue("BERTH_BENCH_SECONDS") > 0
                                 ? qEnvironmentVariableIntValue("BERTH_BENCH_SECONDS")
                                 : 12);

    const QStringList saturatedImages = imageNames(registry, QStringLiteral("bench-gui"));
    const QStringList pacedImages = imageNames(proxy, QStringLiteral("bench-gui-paced"));
    if (!makeImages(saturatedImages, BytesPerLayer) || !makeImages(pacedImages, PacedBytesPerLayer))
        return 1;

    Ui::MainWindow::Options options;
    options.endpoint = *Engine::EngineEndpoint::parse(host);
    options.jobLimits = Jobs::JobQueue::Limits::all(ParallelJobs);
    Ui::MainWindow window(options);
    window.resize(1280, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        say(QStringLiteral("FAIL: the window was never exposed"));
        return 1;
    }
    window.refresh();
    spinUntil(10s, &window, &Ui::MainWindow::refreshFinished);
    QTreeView *jobsView = window.jobsDock()->view();
    QObject::connect(window.jobsDock()->model(), &QAbstractItemModel::rowsInserted, jobsView,
                     [jobsView](const QModelIndex &parent, int first, int) {
                         if (!parent.isValid())
                             jobsView->expand(jobsView->model()->index(first, 0));
                     });

    app.startRecording(8);
    const Measured idleMeasured = measure(seconds);
    const LatencyProbe::Figures idle = idleMeasured.own;
    const QList<TimingApplication::SlowEvent> idleSlow = app.slowest(5);

    if (!TestPeers::proxyFault(QByteArrayLiteral(R"({"mode": "throttle", "rate": )") +
                               QByteArray::number(pacedRate) + '}')) {
        say(QStringLiteral("FAIL: the fault proxy did not take the throttle"));
        return 1;
    }
    // A slow link would take minutes to finish the transfers under way: they are cancelled.
    const Phase paced = runLoaded(app, window, options.endpoint, pacedImages, seconds,
                                  TransferWorkload::StopMode::CancelRunning);
    TestPeers::proxyReset();
    const Phase saturated = runLoaded(app, window, options.endpoint, saturatedImages, seconds,
                                      TransferWorkload::StopMode::LetFinish);
    removeImages(saturatedImages);
    removeImages(pacedImages);

    say(QStringLiteral("GUI thread lateness of a 2 ms timer, %1 s per phase, MainWindow offscreen, "
                       "%2 jobs at once:")
            .arg(seconds.count())
            .arg(ParallelJobs));
    say(QStringLiteral("  idle window: ") + describe(idle));
    if (idleMeasured.peer)
        say(describePeer(*idleMeasured.peer, idle));
    for (const auto &slow : idleSlow)
        say(QStringLiteral("    slow event: ") + describe(slow));
    report(QStringLiteral("paced, %1 kB/s per connection through the proxy").arg(pacedRate / 1000),
           paced, idle);
    report(QStringLiteral("saturated, straight to the local registry"), saturated, idle);

    // Paced, every job moves bytes but few finish; saturated, every image goes up at least once.
    const bool pacedMoved =
        movedBytes(QStringLiteral("paced"), paced, 1, ParallelJobs * PacedBytesPerLayer);
    const bool saturatedMoved = movedBytes(QStringLiteral("saturated"), saturated, ParallelJobs,
                                           ParallelJobs * BytesPerLayer);
    return pacedMoved && saturatedMoved ? 0 : 1;
}
