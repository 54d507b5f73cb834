// SPDX-License-Identifier: GPL-3.0-or-later
// A repository of 10,000 tags on the local registry (seeded by curl): from the click that
// opens it to the first rows painted and to the whole list painted, beside `skopeo
// list-tags` of the same repository, while a 2 ms probe measures the GUI thread's own work
// between ticks (the method of bench_gui_latency). Targets: first rows <= 300 ms, the whole
// list <= 1.0x skopeo, the GUI thread's longest own stretch <= 16 ms. Prints the figures;
// asserts only that the list is whole.
#include "gui/latencyprobe.h"
#include "integration/registry/registrytesthelpers.h"
#include "testenv.h"
#include "ui/mainwindow.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Berth;
using namespace std::chrono_literals;

namespace {

constexpr int Tags = 10000;
constexpr int Runs = 5;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// Notes the time of the first paint of the table's viewport that shows rows, and of the
// first one after the list is whole.
class PaintWatch final : public QObject
{
public:
    PaintWatch(QTableView *table, Ui::RemoteTagsView *view, QElapsedTimer *clock)
        : m_table(table)
        , m_view(view)
        , m_clock(clock)
    {
        table->viewport()->installEventFilter(this);
    }
    double firstRowsMs = -1;
    double wholeMs = -1;
    std::function<void()> onWhole; // called once the whole list is painted

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !m_clock->isValid())
            return false;
        const double now = m_clock->nsecsElapsed() / 1e6;
        if (firstRowsMs < 0 && m_table->model()->rowCount() > 0)
            firstRowsMs = now;
        if (wholeMs < 0 && m_view->isListed() && m_table->model()->rowCount() == Tags) {
            wholeMs = now;
            if (onWhole)
                onWhole();
        }
        return false;
    }

private:
    QTableView *m_table;
    Ui::RemoteTagsView *m_view;
    QElapsedTimer *m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // A registry of its own, not the registry_open fixture's: removing 10,000 tags' files
    // takes minutes on a slow disk, longer than a fixture's stop may take. Or, to measure
    // again and again, one already seeded: BERTH_BENCH_REMOTE_TAGS=HOST/REPOSITORY.
    QTemporaryDir state(TestEnv::binaryDir() + QStringLiteral("/bench-remote-tags-XXXXXX"));
    const QString script =
        qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/tests/env/registry.sh");
    const QString seeded = qEnvironmentVariable("BERTH_BENCH_REMOTE_TAGS");
    if (seeded.isEmpty() &&
        !TestPeers::run(QStringLiteral("bash"),
                        {script, QStringLiteral("start"), state.path(), QStringLiteral("open")}))
        return 1;
    const auto stopRegistry = qScopeGuard([&] {
        if (seeded.isEmpty())
            TestPeers::run(QStringLiteral("bash"), {script, QStringLiteral("stop"), state.path()});
    });
    const auto readState = [&state](const char *name) {
        QFile f(state.filePath(QString::fromLatin1(name)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    };
    const QString host = seeded.isEmpty() ? readState("host") : seeded.section(u'/', 0, 0);
    const QString repository = seeded.isEmpty()
                                   ? QStringLiteral("bench") +
                                         QUuid::createUuid().toString(QUuid::Id128).left(8) +
                                         QStringLiteral("/tags")
                                   : seeded.section(u'/', 1);
    if (seeded.isEmpty() && !RegistryTest::seed({QStringLiteral("tags"), readState("url"),
                                                 repository, QString::number(Tags)}))
        return 1;

    QList<double> skopeoMs;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        if (!TestPeers::run(QStringLiteral("skopeo"),
                            {QStringLiteral("list-tags"), QStringLiteral("--tls-verify=false"),
                             QStringLiteral("docker://") + host + u'/' + repository}))
            return 1;
        skopeoMs.append(clock.nsecsElapsed() / 1e6);
    }

    QList<double> firstMs, wholeMs, longestRunMs, p99RunMs;
    for (int run = 0; run < Runs; ++run) {
        Ui::MainWindow::Options options;
        options.endpoint =
            *Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth-bench.sock"));
        Ui::MainWindow window(options);
        window.resize(1200, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        // What the window does once on screen (it loads the TLS backend on a pool thread) is
        // over before a person's click: the click comes on a window at rest.
        QThreadPool::globalInstance()->waitForDone();
        QElapsedTimer clock;
        PaintWatch watch(window.remoteTagsView()->table(), window.remoteTagsView(), &clock);
        LatencyProbe probe(2ms);
        probe.start();
        clock.start();
        window.openReference(host + u'/' + repository);
        // The wait is the event loop a window runs, which serves a queued signal or a paint
        // at once: QTest::qWaitFor sleeps 10 ms between its turns, and that sleep came on
        // top of each hop between the threads and of the paint.
        QEventLoop loop;
        watch.onWhole = [&loop] {
            loop.quit();
        };
        QTimer::singleShot(120s, &loop, &QEventLoop::quit); // a hang guard only
        loop.exec();
        if (watch.wholeMs < 0) {
            std::fprintf(stderr, "the list never became whole\n");
            return 1;
        }
        const LatencyProbe::Figures figures = probe.stop();
        firstMs.append(watch.firstRowsMs);
        wholeMs.append(watch.wholeMs);
        longestRunMs.append(figures.longestRunMs);
        p99RunMs.append(figures.p99RunMs);
        if (window.remoteTagsView()->tagsModel()->rowCount() != Tags)
            return 1;
    }
    const double skopeo = median(skopeoMs);
    std::printf("remote tags: %d tags, median of %d runs\n", Tags, Runs);
    std::printf("  click to first rows painted: %.0f ms (target <= 300)\n", median(firstMs));
    std::printf("  click to whole list painted: %.0f ms; skopeo list-tags: %.0f ms; ratio "
                "%.2fx (target <= 1.0x)\n",
                median(wholeMs), skopeo, median(wholeMs) / skopeo);
    std::printf("  GUI thread's own work between 2 ms ticks: longest %.1f ms, p99 %.1f ms "
                "(target <= 16)\n",
                median(longestRunMs), median(p99RunMs));
    return 0;
}
