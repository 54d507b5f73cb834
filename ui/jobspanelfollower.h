// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QMainWindow;

namespace Berth::Jobs {
class JobQueue;
struct JobRecord;
} // namespace Berth::Jobs

namespace Berth::Ui {

class JobsDock;

// Sizes the Jobs panel to what it holds and keeps jobs in sight: one line while no job runs
// and none failed (JobsDock compact), its working height once a job starts and while jobs
// run or a failed (or cancelled) one is listed (the height the user last gave it, else a third of
// the window; remembered in the settings), each new job scrolled into view; a failed job shows in
// red in the status bar with a link that opens the panel on it, also while the panel is hidden. The
// strip's toggle opens the panel by hand, its Collapse button closes it.
class JobsPanelFollower final : public QObject
{
    Q_OBJECT

public:
    JobsPanelFollower(QMainWindow *window, JobsDock *dock, Jobs::JobQueue *queue);
    ~JobsPanelFollower() override;

    QLabel *failureLabel() const { return m_failure; }
    // Opens the panel with the job selected.
    void showJob(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onAdded(const Jobs::JobRecord &job);
    void onFinished(const Jobs::JobRecord &job);
    // A job ended, changed state or was cleared away: back to one line when nothing runs and
    // nothing failed, unless the user opened the panel.
    void followQueue();
    // Whether a job is queued or running, or a failed or cancelled one is listed.
    bool needsRoom() const;
    // Whether the keyboard is in the panel.
    bool hasFocus() const;
    void expand();
    void compact();
    // Resizes the panel to m_askedHeight.
    void askHeight();

    QMainWindow *m_window;
    JobsDock *m_dock;
    Jobs::JobQueue *m_queue;
    QLabel *m_failure;
    bool m_openedByUser = false;
    int m_workingHeight = 0;  // the user's own height for the whole panel; 0: none yet
    int m_askedHeight = -1;   // the height this class last asked for
    bool m_adjusting = false; // resizes now are this class's doing, not the user's
    int m_slack = 0;          // how much less than asked the layout gives
};

} // namespace Berth::Ui
