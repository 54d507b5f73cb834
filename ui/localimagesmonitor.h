// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "engine/engineclient.h"
#include "engine/engineendpoint.h"
#include "engine/imagesummary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Berth::Engine {
class EngineEventWatcher;
struct EngineEvent;
} // namespace Berth::Engine

namespace Berth::Ui {

// Keeps the engine's image list current without polling. Lives on a worker thread of its
// own (LocalImagesFeed starts it there and calls it by queued calls): it owns the engine
// client and an EngineEventWatcher, lists the images at the start, whenever the event
// stream connects (after a reconnect, what happened meanwhile is known only to the list),
// when it goes down (so the window learns whether the engine went away), after image
// events, and on request; parses the list into rows here, off the GUI thread, and hands
// them over by a queued signal. A burst of events costs one list, started within 100 ms of its
// first event; a list requested while one is under way follows it, never overlaps it. Every signal
// carries the generation of setEndpoint() it belongs to, so the receiver can drop the late answers
// of an engine it has left.
class LocalImagesMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit LocalImagesMonitor(QObject *parent = nullptr);
    ~LocalImagesMonitor() override;

    // Follows this engine from now on (the previous one is let go) and lists its images.
    void setEndpoint(quint64 generation, const Berth::Engine::EngineEndpoint &endpoint);
    // Lists now, or as soon as the list under way is done.
    void refresh();

Q_SIGNALS:
    void listed(quint64 generation, const QList<Berth::Engine::ImageTagRow> &rows);
    void listFailed(quint64 generation, const Berth::Error &error);
    // What the engine said of itself (its version, the API version in use), before each list.
    void engineIdentified(quint64 generation, const Berth::Engine::EngineInfo &info);
    // Whether the event stream is open: the list is live, or may fall behind until it is.
    void liveChanged(quint64 generation, bool live);

private:
    void onEvent(const Engine::EngineEvent &event);
    void onConnected();
    void onDisconnected();
    void list();

    Engine::EngineClient *m_client = nullptr;
    Engine::EngineEventWatcher *m_watcher = nullptr;
    quint64 m_generation = 0;
    QTimer m_coalesce;     // fires the list for a burst of events
    QElapsedTimer m_burst; // since the first event of the burst
    bool m_listing = false;
    bool m_listAgain = false;
    bool m_live = false;
    bool m_reportedDown = false; // the list after the stream went down was made
};

} // namespace Berth::Ui
