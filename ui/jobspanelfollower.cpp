// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobspanelfollower.h"

#include "jobs/jobqueue.h"
#include "ui/jobsdock.h"
#include "ui/jobsidlestrip.h"
#include "ui/jobsmodel.h"
#include "ui/palettecolors.h"
#include "ui/palettefollower.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QMainWindow>
#include <QResizeEvent>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

namespace Berth::Ui {

namespace {

const QString WorkingHeightKey = QStringLiteral("jobs/panelHeight");
// The colour the translated failure line names (every language keeps it as it is): the
// label shows the palette's error colour in its place.
const QString FailureColorInText = QStringLiteral("#b00020");
const char FailureHtmlProperty[] = "failureHtml";

void showFailureColored(QWidget *label, const QPalette &around)
{
    const QString html = label->property(FailureHtmlProperty).toString();
    const QString color = PaletteColors::errorText(around.color(QPalette::Window)).name();
    static_cast<QLabel *>(label)->setText(QString(html).replace(FailureColorInText, color));
}

} // namespace

JobsPanelFollower::JobsPanelFollower(QMainWindow *window, JobsDock *dock, Jobs::JobQueue *queue)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_queue(queue)
    , m_failure(new QLabel(window))
    , m_workingHeight(QSettings().value(WorkingHeightKey, 0).toInt())
{
    setObjectName(QStringLiteral("jobsPanelFollower"));
    m_failure->setObjectName(QStringLiteral("failedJobLabel"));
    m_failure->setTextFormat(Qt::RichText);
    m_failure->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_failure->setFocusPolicy(Qt::TabFocus);
    m_failure->hide();
    window->statusBar()->addPermanentWidget(m_failure);
    connect(m_failure, &QLabel::linkActivated, this, &JobsPanelFollower::showJob);
    PaletteFollower::follow(m_failure, showFailureColored);
    connect(queue, &Jobs::JobQueue::jobAdded, this, &JobsPanelFollower::onAdded);
    connect(queue, &Jobs::JobQueue::jobFinished, this, &JobsPanelFollower::onFinished);
    connect(queue, &Jobs::JobQueue::jobRemoved, this, &JobsPanelFollower::followQueue);
    connect(dock, &JobsDock::expandRequested, this, [this] {
        m_openedByUser = true;
        expand();
    });
    connect(dock, &JobsDock::collapseRequested, this, [this] {
        m_openedByUser = false;
        compact();
    });
    // The panel's tool bar buttons take no focus by default: Tab reaches them too.
    for (auto *button : dock->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::TabFocus);
    // The window deletes the queue first, then its widgets, whose focus moves meanwhile.
    connect(queue, &QObject::destroyed, this, [this] { m_queue = nullptr; });
    dock->installEventFilter(this);
    // The keyboard left the open panel: shrunk if nothing needs it any more.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (m_queue && !m_dock->isCompact() && old && m_dock->isAncestorOf(old) &&
            !(now && m_dock->isAncestorOf(now)))
            followQueue();
    });
    if (needsRoom())
        expand();
    else
        compact();
}

JobsPanelFollower::~JobsPanelFollower()
{
    if (m_workingHeight > 0)
        QSettings().setValue(WorkingHeightKey, m_workingHeight);
}

bool JobsPanelFollower::eventFilter(QObject *watched, QEvent *event)
{
    // A height the panel got other than the one asked for is the user's (the splitter
    // dragged): the working height from now on.
    if (watched == m_dock && event->type() == QEvent::Resize && !m_dock->isCompact()) {
        const int height = static_cast<QResizeEvent *>(event)->size().height();
        // While this class resizes the panel (or shows or hides its parts), the heights are
        // its own, not the user's.
        if (!m_adjusting && height > m_dock->minimumSizeHint().height())
            m_workingHeight = height + m_slack;
    }
    return QObject::eventFilter(watched, event);
}

bool JobsPanelFollower::needsRoom() const
{
    const QList<Jobs::JobRecord> jobs = m_queue->jobs();
    return std::any_of(jobs.cbegin(), jobs.cend(), [](const Jobs::JobRecord &job) {
        // A cancelled job is one to retry, like a failed one.
        return !Jobs::isFinished(job.state) || job.state == Jobs::JobState::Failed ||
               job.state == Jobs::JobState::Cancelled;
    });
}

void JobsPanelFollower::expand()
{
    if (!m_dock->isCompact())
        return;
    m_adjusting = true;
    m_dock->setCompact(false);
    m_askedHeight = m_workingHeight > 0 ? qMin(m_workingHeight, m_window->height() * 2 / 3)
                                        : m_window->height() / 3;
    askHeight();
}

void JobsPanelFollower::compact()
{
    const QList<Jobs::JobRecord> jobs = m_queue->jobs();
    m_dock->idleStrip()->setFinishedCount(int(jobs.size()));
    if (m_dock->isCompact())
        return;
    m_adjusting = true;
    m_dock->setCompact(true);
    m_askedHeight = m_dock->minimumSizeHint().height();
    askHeight();
}

void JobsPanelFollower::askHeight()
{
    // After the window's layout has taken in what the panel now shows (it asks for that
    // in a posted event): asked before, the height would give way to the new minimum.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_adjusting = true;
            m_window->resizeDocks({m_dock}, {m_askedHeight}, Qt::Vertical);
            m_window->layout()->activate();
            // The layout gives a dock a few pixels less than asked (its separator): asked
            // for again, the user's height comes back as it was.
            if (!m_dock->isCompact())
                m_slack = qBound(0, m_askedHeight - m_dock->height(), 8);
            m_adjusting = false;
        },
        Qt::QueuedConnection);
}

bool JobsPanelFollower::hasFocus() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && m_dock->isAncestorOf(focus);
}

void JobsPanelFollower::followQueue()
{
    // Never shrunk under the user's hands: while the keyboard is in the panel, it stays.
    if (needsRoom() || m_openedByUser || hasFocus())
        expand();
    else
        compact();
}

void JobsPanelFollower::onAdded(const Jobs::JobRecord &job)
{
    // The jobs take the panel over: it shrinks again when they are done.
    m_openedByUser = false;
    expand();
    const QModelIndex source = m_dock->model()->indexOfJob(job.id);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(m_dock->view()->model());
    m_dock->view()->scrollTo(proxy ? proxy->mapFromSource(source) : source);
}

void JobsPanelFollower::onFinished(const Jobs::JobRecord &job)
{
    if (job.state == Jobs::JobState::Failed) {
        const QString reason = job.error ? job.error->message() : QString();
        m_failure->setProperty(
            FailureHtmlProperty,
            tr("<span style='color:#b00020'>Failed: %1</span> — <a href='%2'>show "
               "the job</a>")
                .arg(job.spec.title().toHtmlEscaped(), job.id.toHtmlEscaped()));
        PaletteFollower::refresh(m_failure);
        m_failure->setToolTip(reason);
        m_failure->show();
    }
    followQueue();
}

void JobsPanelFollower::showJob(const QString &id)
{
    m_dock->show();
    m_dock->raise();
    m_openedByUser = true;
    expand();
    const QModelIndex source = m_dock->model()->indexOfJob(id);
    auto *proxy = qobject_cast<QAbstractProxyModel *>(m_dock->view()->model());
    const QModelIndex index = proxy ? proxy->mapFromSource(source) : source;
    m_dock->view()->setCurrentIndex(index);
    m_dock->view()->scrollTo(index);
    m_dock->view()->setFocus(Qt::OtherFocusReason);
    m_failure->hide();
}

} // namespace Berth::Ui
