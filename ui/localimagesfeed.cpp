// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/localimagesfeed.h"

#include "ui/localimagesmonitor.h"

namespace Berth::Ui {

LocalImagesFeed::LocalImagesFeed(QObject *parent)
    : QObject(parent)
    , m_monitor(new LocalImagesMonitor)
{
    m_thread.setObjectName(QStringLiteral("berth-local-images"));
    m_monitor->moveToThread(&m_thread);
    // The monitor, its client and its sockets are deleted on their own thread, as it ends.
    connect(&m_thread, &QThread::finished, m_monitor, &QObject::deleteLater);
    connect(m_monitor, &LocalImagesMonitor::listed, this, &LocalImagesFeed::onListed);
    connect(m_monitor, &LocalImagesMonitor::listFailed, this, &LocalImagesFeed::onListFailed);
    connect(m_monitor, &LocalImagesMonitor::liveChanged, this, &LocalImagesFeed::onLiveChanged);
    connect(m_monitor, &LocalImagesMonitor::engineIdentified, this,
            &LocalImagesFeed::onEngineIdentified);
    m_thread.start();
}

LocalImagesFeed::~LocalImagesFeed()
{
    m_thread.quit();
    m_thread.wait();
}

void LocalImagesFeed::setEndpoint(const Engine::EngineEndpoint &endpoint)
{
    const quint64 generation = ++m_generation;
    m_engineInfo = {};
    QMetaObject::invokeMethod(
        m_monitor,
        [monitor = m_monitor, generation, endpoint] { monitor->setEndpoint(generation, endpoint); },
        Qt::QueuedConnection);
    if (m_live) {
        m_live = false;
        Q_EMIT liveChanged(false);
    }
    setLoading(true);
}

void LocalImagesFeed::refresh()
{
    QMetaObject::invokeMethod(
        m_monitor, [monitor = m_monitor] { monitor->refresh(); }, Qt::QueuedConnection);
    setLoading(true);
}

void LocalImagesFeed::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void LocalImagesFeed::onListed(quint64 generation, const QList<Engine::ImageTagRow> &rows)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    Q_EMIT listed(rows);
}

void LocalImagesFeed::onListFailed(quint64 generation, const Error &error)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    Q_EMIT failed(error);
}

void LocalImagesFeed::onLiveChanged(quint64 generation, bool live)
{
    if (generation != m_generation || live == m_live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live);
}

void LocalImagesFeed::onEngineIdentified(quint64 generation, const Engine::EngineInfo &info)
{
    if (generation == m_generation)
        m_engineInfo = info;
}

} // namespace Berth::Ui
