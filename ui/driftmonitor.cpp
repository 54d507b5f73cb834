// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/driftmonitor.h"

#include "reference/imagereference.h"
#include "ui/driftchecker.h"
#include "ui/registrybrowsing.h"
#include "ui/visiblerowswatcher.h"

#include <QDateTime>
#include <QTableView>

namespace Berth::Ui {

using Registry::RemoteTagAnswer;

DriftMonitor::DriftMonitor(RegistryBrowsing *browsing, QObject *parent)
    : QObject(parent)
    , m_browsing(browsing)
    , m_clock(&QDateTime::currentMSecsSinceEpoch)
{}

void DriftMonitor::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void DriftMonitor::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        for (const Watched &watched : std::as_const(m_watched))
            askVisible(watched);
    }
}

void DriftMonitor::watch(QTableView *view, int referenceRole)
{
    auto *watcher = new VisibleRowsWatcher(view);
    const Watched watched{watcher, referenceRole};
    m_watched.append(watched);
    connect(watcher, &VisibleRowsWatcher::changed, this, [this, watched] { askVisible(watched); });
    connect(watcher, &QObject::destroyed, this, [this, watcher] {
        m_watched.removeIf([watcher](const Watched &w) { return w.watcher == watcher; });
    });
}

void DriftMonitor::askVisible(const Watched &watched)
{
    if (!m_enabled)
        return;
    const auto [first, last] = watched.watcher->visibleRows();
    const QAbstractItemModel *model = watched.watcher->view()->model();
    QStringList references;
    for (int row = first; row <= last; ++row) {
        const QString reference = model->index(row, 0).data(watched.role).toString();
        if (!reference.isEmpty() && !Reference::ImageReference::isImageId(reference) &&
            !reference.startsWith(QStringLiteral("sha256:")) && !references.contains(reference))
            references.append(reference);
    }
    want(references);
}

void DriftMonitor::want(const QStringList &references)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock();
    const qint64 freshFor = std::chrono::milliseconds(FreshFor).count();
    QStringList ask;
    for (const QString &reference : references) {
        Entry &entry = m_entries[reference];
        if (entry.pending)
            continue;
        if (entry.answer && !entry.due && now - entry.answeredAt < freshFor)
            continue;
        entry.pending = true;
        ask.append(reference);
    }
    if (ask.isEmpty())
        return;
    // The browsing thread starts with the first tag asked for, after the first paint.
    DriftChecker *checker = m_browsing->driftChecker();
    if (!m_connected) {
        m_connected = true;
        connect(checker, &DriftChecker::answered, this, &DriftMonitor::onAnswered);
    }
    m_requests += int(ask.size());
    checker->check(ask);
    for (const QString &reference : std::as_const(ask))
        Q_EMIT answerChanged(reference);
}

void DriftMonitor::recheck()
{
    for (Entry &entry : m_entries)
        entry.due = true;
    for (const Watched &watched : std::as_const(m_watched))
        askVisible(watched);
}

std::optional<RemoteTagAnswer> DriftMonitor::answer(const QString &reference) const
{
    const auto it = m_entries.constFind(reference);
    return it == m_entries.cend() ? std::nullopt : it->answer;
}

bool DriftMonitor::isPending(const QString &reference) const
{
    const auto it = m_entries.constFind(reference);
    return it != m_entries.cend() && it->pending;
}

void DriftMonitor::onAnswered(const QString &reference, const RemoteTagAnswer &answer)
{
    Entry &entry = m_entries[reference];
    entry.answer = answer;
    entry.answeredAt = m_clock();
    entry.pending = false;
    entry.due = false;
    Q_EMIT answerChanged(reference);
}

} // namespace Berth::Ui
