// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"

#include <QDockWidget>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;

namespace Berth::Jobs {
class JobQueue;
struct HistoryEntry;
} // namespace Berth::Jobs

namespace Berth::Ui {

class JobHistoryModel;
class JobsIdleStrip;
class JobNotifier;
class JobsModel;
class RegistrySettings;

// The window's Jobs panel. Its first tab holds every job of the queue with its progress, a
// row per layer beneath it, and the actions Cancel (Delete), Retry and Clear finished; its
// second tab the history the window and berthctl share (jobs of earlier sessions, jobs a
// crash interrupted) with Run Again. The actions sit in a tool bar and in each view's
// context menu; the line under the views says why the current job failed. The dock only
// reads the queue's signals and calls its slots, so it never waits. Compact, it is one line
// (JobsIdleStrip) in place of all that, its title bar included.
class JobsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit JobsDock(Jobs::JobQueue *queue, QWidget *parent = nullptr);

    JobsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    JobNotifier *notifier() const { return m_notifier; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *retryAction() const { return m_retryAction; }
    QAction *clearFinishedAction() const { return m_clearFinishedAction; }
    JobHistoryModel *historyModel() const { return m_historyModel; }
    QTreeView *historyView() const { return m_historyView; }
    QAction *runAgainAction() const { return m_runAgainAction; }
    // Shows the history tab (the whole panel, if compact) and reads the history again.
    void showHistory();
    // One line (nothing runs) or the whole panel; JobsPanelFollower decides which.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    JobsIdleStrip *idleStrip() const { return m_strip; }
    QAction *collapseAction() const { return m_collapseAction; }

    // The engine Run Again sends history jobs to (the history does not keep it).
    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    // The registries' settings Run Again gives a registry job (the history does not keep
    // them): Settings ▸ Registries as it is when the job runs again.
    void setRegistrySettings(std::shared_ptr<const RegistrySettings> settings)
    {
        m_registrySettings = std::move(settings);
    }

Q_SIGNALS:
    // The strip's toggle or History… asked for the whole panel; the Collapse button for
    // the strip.
    void expandRequested();
    void collapseRequested();

private:
    void setupView();
    void setupHistoryView();
    void setupActions();
    void setupHistoryActions();
    bool historyShown() const;
    QList<const Jobs::HistoryEntry *> selectedHistory() const;
    void runSelectedAgain();
    QStringList selectedJobIds() const;
    void cancelSelected();
    void retrySelected();
    void updateActions();
    void updateDetail();
    void updateLog();

    Jobs::JobQueue *m_queue;
    JobsModel *m_model;
    QTreeView *m_view;
    JobHistoryModel *m_historyModel;
    QSortFilterProxyModel *m_historyProxy;
    QTreeView *m_historyView;
    QTabWidget *m_tabs;
    QLabel *m_detail;
    QPlainTextEdit *m_log; // a build's output: read-only, selectable, copyable
    JobNotifier *m_notifier;
    QAction *m_cancelAction;
    QAction *m_retryAction;
    QAction *m_clearFinishedAction;
    QAction *m_runAgainAction;
    QAction *m_collapseAction;
    QWidget *m_content = nullptr;    // the whole panel: tool bar, tabs, log, detail
    JobsIdleStrip *m_strip;          // the one line shown instead while compact
    QWidget *m_emptyTitle = nullptr; // the title bar while compact: none
    bool m_compact = false;
    Engine::EngineEndpoint m_endpoint;
    std::shared_ptr<const RegistrySettings> m_registrySettings;
    QTimer m_modelChanged;
};

} // namespace Berth::Ui
