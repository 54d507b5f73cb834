// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/driftstate.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QTableView;

namespace Berth::Ui {

class RegistryBrowsing;
class VisibleRowsWatcher;

// What the registries said of the local tags, asked for the rows on screen only and kept a
// while: a tag is asked again FreshFor after its answer, or after recheck() (F5), never
// sooner. The requests run on the browsing thread (DriftChecker); here, on the GUI thread,
// only the answers are kept. Nothing is asked until setEnabled(true), which the window
// calls after its first paint.
class DriftMonitor final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::minutes FreshFor{5};

    explicit DriftMonitor(RegistryBrowsing *browsing, QObject *parent = nullptr);

    // Where "now" comes from (milliseconds since the epoch); tests move it on by hand.
    void setClock(std::function<qint64()> clock);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Asks for the tags in the visible rows of view, whose model gives each row's
    // "repository:tag" in referenceRole (an image ID for an untagged row, which is skipped).
    void watch(QTableView *view, int referenceRole);
    // Asks for these tags unless their answer is fresh or on its way.
    void want(const QStringList &references);
    // F5: every answer is due again; the rows on screen are asked at once.
    void recheck();

    // The last answer for a tag (kept while a recheck is on its way), if any came.
    std::optional<Registry::RemoteTagAnswer> answer(const QString &reference) const;
    bool isPending(const QString &reference) const;
    // How many tags were sent to the registries so far (each HEAD once).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    // A tag's answer came (or it went on its way): rows naming it show it again.
    void answerChanged(const QString &reference);

private:
    struct Entry
    {
        std::optional<Registry::RemoteTagAnswer> answer;
        qint64 answeredAt = 0;
        bool pending = false;
        bool due = false; // F5 since the answer
    };
    struct Watched
    {
        VisibleRowsWatcher *watcher;
        int role;
    };

    void askVisible(const Watched &watched);
    void onAnswered(const QString &reference, const Registry::RemoteTagAnswer &answer);

    RegistryBrowsing *m_browsing;
    std::function<qint64()> m_clock;
    QHash<QString, Entry> m_entries;
    QList<Watched> m_watched;
    bool m_enabled = false;
    bool m_connected = false;
    int m_requests = 0;
};

} // namespace Berth::Ui
