// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enginechooser.h"

#include "engine/enginediscovery.h"

#include <QSettings>

namespace Berth::Ui {

namespace {

// An engine that has not answered within this long is left out of the list.
constexpr std::chrono::seconds ProbeTimeout{5};
const QString LastUrlKey = QStringLiteral("engines/lastUrl");
const QString LastContextKey = QStringLiteral("engines/lastContext");

} // namespace

EngineChooser::EngineChooser(QWidget *parent)
    : QComboBox(parent)
    , m_probe(new Engine::EngineProbe)
{
    setObjectName(QStringLiteral("engineChooser"));
    setAccessibleName(tr("Engine"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The engine whose images the window shows"));
    m_thread.setObjectName(QStringLiteral("berth-engine-probe"));
    m_probe->moveToThread(&m_thread);
    // The probe, its clients and their sockets are deleted on their own thread, as it ends.
    connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    connect(m_probe, &Engine::EngineProbe::finished, this, &EngineChooser::onProbed);
    connect(this, &QComboBox::activated, this, &EngineChooser::onActivated);
    m_thread.start();
}

EngineChooser::~EngineChooser()
{
    m_thread.quit();
    m_thread.wait();
}

void EngineChooser::probe()
{
    QMetaObject::invokeMethod(
        m_probe,
        [probe = m_probe] {
            // Reading the contexts is file work: it stays off the window's thread too.
            const auto known = Engine::EngineDiscovery::discover();
            probe->probe(known ? *known : QList<Engine::KnownEngine>(), ProbeTimeout);
        },
        Qt::QueuedConnection);
}

void EngineChooser::setCurrent(const Engine::EngineEndpoint &endpoint)
{
    m_current = endpoint;
    rebuild();
}

void EngineChooser::onProbed(const QList<Engine::EngineStatus> &statuses)
{
    m_reachable.clear();
    for (const Engine::EngineStatus &status : statuses) {
        if (status.reachable)
            m_reachable.append(status);
    }
    rebuild();
    Q_EMIT probed();
}

void EngineChooser::rebuild()
{
    fill();
    Q_EMIT entriesChanged(); // not from fill(): its signals are blocked
}

void EngineChooser::fill()
{
    const QSignalBlocker blocker(this);
    clear();
    m_entries.clear();
    int currentIndex = -1;
    for (const Engine::EngineStatus &status : std::as_const(m_reachable)) {
        const Engine::EngineEndpoint &endpoint = status.engine.endpoint;
        addItem(tr("%1 (%2 %3)").arg(status.engine.name, status.kind, status.version));
        setItemData(count() - 1, endpoint.url(), Qt::ToolTipRole);
        m_entries.append(endpoint);
        if (endpoint.url() == m_current.url())
            currentIndex = count() - 1;
    }
    if (currentIndex < 0 && !m_current.url().isEmpty()) {
        addItem(m_current.url());
        setItemData(count() - 1, m_current.url(), Qt::ToolTipRole);
        m_entries.append(m_current);
        currentIndex = count() - 1;
    }
    setCurrentIndex(currentIndex);
}

void EngineChooser::choose(const QString &url)
{
    for (int index = 0; index < m_entries.size(); ++index) {
        if (m_entries.at(index).url() == url) {
            setCurrentIndex(index);
            onActivated(index);
            return;
        }
    }
}

void EngineChooser::onActivated(int index)
{
    if (index < 0 || index >= m_entries.size() || m_entries.at(index).url() == m_current.url())
        return;
    m_current = m_entries.at(index);
    remember(m_current);
    Q_EMIT engineChosen(m_current);
}

std::optional<Engine::EngineEndpoint> EngineChooser::remembered()
{
    const QSettings settings;
    return fromStored(settings.value(LastContextKey).toString(),
                      settings.value(LastUrlKey).toString());
}

std::optional<Engine::EngineEndpoint> EngineChooser::fromStored(const QString &context,
                                                                const QString &url)
{
    // A stored context is resolved again, so that its TLS files are read afresh.
    if (!context.isEmpty() && context != u"default") {
        if (auto endpoint = Engine::EngineEndpoint::resolve(context, QString()))
            return *endpoint;
    }
    if (url.isEmpty())
        return std::nullopt;
    if (auto endpoint = Engine::EngineEndpoint::parse(url))
        return *endpoint;
    return std::nullopt;
}

void EngineChooser::remember(const Engine::EngineEndpoint &endpoint)
{
    QSettings settings;
    settings.setValue(LastUrlKey, endpoint.url());
    settings.setValue(LastContextKey, endpoint.contextName());
}

} // namespace Berth::Ui
