// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/localimagesmonitor.h"

#include "engine/engineclient.h"
#include "engine/engineevent.h"
#include "engine/engineeventwatcher.h"

namespace Berth::Ui {

namespace {

using namespace std::chrono_literals;

// An operation's events come within a few milliseconds of each other (an rmi of an image
// with three tags: three untags and a delete); wait that long for the next one...
constexpr std::chrono::milliseconds QuietPeriod = 25ms;
// ...but list within this long of a burst's first event, however long it goes on.
constexpr std::chrono::milliseconds MaxDelay = 100ms;

} // namespace

using Engine::EngineClient;
using Engine::EngineEvent;
using Engine::EngineEventWatcher;
using Engine::ImageSummary;
using Engine::ImageSummaryParser;

LocalImagesMonitor::LocalImagesMonitor(QObject *parent)
    : QObject(parent)
    , m_coalesce(this) // a child, so that it moves to the worker thread with the monitor
{
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        m_burst.invalidate();
        list();
    });
}

LocalImagesMonitor::~LocalImagesMonitor()
{
    // The watcher's stream belongs to the client: close it before the client goes.
    delete m_watcher;
    delete m_client;
}

void LocalImagesMonitor::setEndpoint(quint64 generation, const Engine::EngineEndpoint &endpoint)
{
    delete m_watcher;
    if (m_client)
        m_client->deleteLater(); // a list under way ends with it; its answer is dropped
    m_generation = generation;
    m_listing = false;
    m_listAgain = false;
    m_live = false;
    m_reportedDown = true; // the list below tells whether the engine is there
    m_coalesce.stop();
    m_burst.invalidate();

    m_client = new EngineClient(endpoint, this);
    m_watcher = new EngineEventWatcher(m_client, this);
    connect(m_watcher, &EngineEventWatcher::eventReceived, this, &LocalImagesMonitor::onEvent);
    connect(m_watcher, &EngineEventWatcher::connected, this, &LocalImagesMonitor::onConnected);
    connect(m_watcher, &EngineEventWatcher::disconnected, this,
            &LocalImagesMonitor::onDisconnected);
    // A list now, for the window not to wait on the stream (which has no timeout), and
    // another once the stream is open, so that no change falls between the two.
    m_watcher->start();
    list();
}

void LocalImagesMonitor::refresh()
{
    if (m_client)
        list();
}

void LocalImagesMonitor::onConnected()
{
    m_live = true;
    m_reportedDown = false;
    Q_EMIT liveChanged(m_generation, true);
    list();
}

void LocalImagesMonitor::onDisconnected()
{
    if (m_live) {
        m_live = false;
        Q_EMIT liveChanged(m_generation, false);
    }
    // Once per outage: the list says whether the engine itself is gone (and the window
    // shows why) or only its event stream failed (and the rows are still right).
    if (!m_reportedDown) {
        m_reportedDown = true;
        list();
    }
}

void LocalImagesMonitor::onEvent(const EngineEvent &event)
{
    if (!event.mayChangeImageList())
        return;
    if (!m_burst.isValid())
        m_burst.start();
    const auto left = MaxDelay - std::chrono::milliseconds(m_burst.elapsed());
    m_coalesce.start(qBound(0ms, qMin(QuietPeriod, left), MaxDelay));
}

void LocalImagesMonitor::list()
{
    if (m_listing) {
        m_listAgain = true;
        return;
    }
    m_listing = true;
    const quint64 generation = m_generation;
    m_client->listImages({}, this, [this, generation](const Result<QList<ImageSummary>> &result) {
        if (generation != m_generation)
            return;
        m_listing = false;
        if (result) {
            Q_EMIT engineIdentified(generation, m_client->info());
            Q_EMIT listed(generation, ImageSummaryParser::tagRows(*result));
        } else {
            Q_EMIT listFailed(generation, result.error());
        }
        if (std::exchange(m_listAgain, false))
            list();
    });
}

} // namespace Berth::Ui
