// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QTimer>

class QAction;
class QLabel;
class QTreeView;

namespace Berth::Jobs {
class JobQueue;
}

namespace Berth::Ui {

class JobNotifier;
class JobsModel;

// The window's Jobs panel: every job of the queue with its progress, a row per layer
// beneath it, and the actions Cancel (Delete), Retry and Clear finished, in a tool bar and
// in the view's context menu. The line under the view says why the current job failed.
// The dock only reads the queue's signals and calls its slots, so it never waits.
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

private:
    void setupView();
    void setupActions();
    QStringList selectedJobIds() const;
    void cancelSelected();
    void retrySelected();
    void updateActions();
    void updateDetail();

    Jobs::JobQueue *m_queue;
    JobsModel *m_model;
    QTreeView *m_view;
    QLabel *m_detail;
    JobNotifier *m_notifier;
    QAction *m_cancelAction;
    QAction *m_retryAction;
    QAction *m_clearFinishedAction;
    QTimer m_modelChanged;
};

} // namespace Berth::Ui
