// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobspanelfollower.h"

#include "jobs/jobqueue.h"
#include "ui/jobsdock.h"
#include "ui/jobsmodel.h"

#include <QAbstractProxyModel>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>

namespace Berth::Ui {

JobsPanelFollower::JobsPanelFollower(QMainWindow *window, JobsDock *dock, Jobs::JobQueue *queue)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_queue(queue)
    , m_failure(new QLabel(window))
{
    setObjectName(QStringLiteral("jobsPanelFollower"));
    m_failure->setObjectName(QStringLiteral("failedJobLabel"));
    m_failure->setTextFormat(Qt::RichText);
    m_failure->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_failure->setFocusPolicy(Qt::TabFocus);
    m_failure->hide();
    window->statusBar()->addPermanentWidget(m_failure);
    connect(m_failure, &QLabel::linkActivated, this, &JobsPanelFollower::showJob);
    connect(queue, &Jobs::JobQueue::jobAdded, this, &JobsPanelFollower::onAdded);
    connect(queue, &Jobs::JobQueue::jobFinished, this, &JobsPanelFollower::onFinished);
    connect(queue, &Jobs::JobQueue::jobRemoved, this, &JobsPanelFollower::onIdle);
    // The panel's tool bar buttons take no focus by default: Tab reaches them too.
    for (auto *button : dock->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::TabFocus);
    if (queue->jobs().isEmpty()) {
        m_compact = true;
        setHeight(dock->minimumSizeHint().height());
    }
}

void JobsPanelFollower::setHeight(int height)
{
    m_window->resizeDocks({m_dock}, {height}, Qt::Vertical);
}

void JobsPanelFollower::onAdded(const Jobs::JobRecord &job)
{
    if (m_compact) {
        m_compact = false;
        setHeight(qMax(m_dock->height(), m_window->height() / 3));
    }
    const QModelIndex source = m_dock->model()->indexOfJob(job.id);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(m_dock->view()->model());
    m_dock->view()->scrollTo(proxy ? proxy->mapFromSource(source) : source);
}

void JobsPanelFollower::onFinished(const Jobs::JobRecord &job)
{
    if (job.state != Jobs::JobState::Failed)
        return;
    const QString reason = job.error ? job.error->message() : QString();
    m_failure->setText(tr("<span style='color:#b00020'>Failed: %1</span> — <a href='%2'>show "
                          "the job</a>")
                           .arg(job.spec.title().toHtmlEscaped(), job.id.toHtmlEscaped()));
    m_failure->setToolTip(reason);
    m_failure->show();
}

void JobsPanelFollower::onIdle()
{
    // Every job cleared away: the panel goes back to a strip.
    if (m_queue->jobs().isEmpty() && !m_compact) {
        m_compact = true;
        setHeight(m_dock->minimumSizeHint().height());
    }
}

void JobsPanelFollower::showJob(const QString &id)
{
    m_dock->show();
    m_dock->raise();
    const QModelIndex source = m_dock->model()->indexOfJob(id);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(m_dock->view()->model());
    const QModelIndex index = proxy ? proxy->mapFromSource(source) : source;
    if (m_compact) {
        m_compact = false;
        setHeight(m_window->height() / 3);
    }
    m_dock->view()->setCurrentIndex(index);
    m_dock->view()->scrollTo(index);
    m_dock->view()->setFocus(Qt::OtherFocusReason);
    m_failure->hide();
}

} // namespace Berth::Ui
