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

// Sizes the Jobs panel to what it holds and keeps jobs in sight: a strip while no job is
// listed, a third of the window once one starts (never smaller than the user made it), each
// new job scrolled into view; a failed job shows in red in the status bar with a link that
// opens the panel on it, also while the panel is hidden.
class JobsPanelFollower final : public QObject
{
    Q_OBJECT

public:
    JobsPanelFollower(QMainWindow *window, JobsDock *dock, Jobs::JobQueue *queue);

    QLabel *failureLabel() const { return m_failure; }
    // Opens the panel with the job selected.
    void showJob(const QString &id);

private:
    void onAdded(const Jobs::JobRecord &job);
    void onFinished(const Jobs::JobRecord &job);
    void onIdle();
    void setHeight(int height);

    QMainWindow *m_window;
    JobsDock *m_dock;
    Jobs::JobQueue *m_queue;
    QLabel *m_failure;
    bool m_compact = false;
};

} // namespace Berth::Ui
