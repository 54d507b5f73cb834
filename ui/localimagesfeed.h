// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"
#include "engine/engineclient.h"
#include "engine/engineendpoint.h"
#include "engine/imagesummary.h"

#include <QObject>
#include <QThread>

namespace Berth::Ui {

class LocalImagesMonitor;

// The window's side of the live image list: runs a LocalImagesMonitor on a thread of its
// own, passes it the endpoint and refresh requests, and hands on, on the GUI thread, the
// rows it lists for the current endpoint only. The thread stops, and is joined, when the
// feed goes.
class LocalImagesFeed final : public QObject
{
    Q_OBJECT

public:
    explicit LocalImagesFeed(QObject *parent = nullptr);
    ~LocalImagesFeed() override;

    // Follows this engine from now on; the rows of the previous one no longer arrive.
    void setEndpoint(const Engine::EngineEndpoint &endpoint);
    // Lists again now (F5), even with the event stream live.
    void refresh();

    // From setEndpoint() or refresh() until the next answer; the lists that events cause
    // do not count, so the window does not flicker "loading" at every change.
    bool isLoading() const { return m_loading; }
    // Whether the engine's event stream is open, so that the rows follow every change.
    bool isLive() const { return m_live; }
    // The engine of the last list (its version, the API version in use); empty before one.
    const Engine::EngineInfo &engineInfo() const { return m_engineInfo; }
    // The monitor, which lives on the feed's worker thread.
    const LocalImagesMonitor *monitor() const { return m_monitor; }

Q_SIGNALS:
    void listed(const QList<Berth::Engine::ImageTagRow> &rows);
    void failed(const Berth::Error &error);
    void loadingChanged(bool loading);
    void liveChanged(bool live);

private:
    void setLoading(bool loading);
    void onListed(quint64 generation, const QList<Engine::ImageTagRow> &rows);
    void onListFailed(quint64 generation, const Error &error);
    void onLiveChanged(quint64 generation, bool live);
    void onEngineIdentified(quint64 generation, const Engine::EngineInfo &info);

    QThread m_thread;
    LocalImagesMonitor *m_monitor;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_live = false;
    Engine::EngineInfo m_engineInfo;
};

} // namespace Berth::Ui
