// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobsdock.h"

#include "jobs/jobqueue.h"
#include "jobs/jobspec.h"
#include "ui/columnfitter.h"
#include "ui/icons.h"
#include "ui/jobhistorymodel.h"
#include "ui/jobmodelroles.h"
#include "ui/jobnotifier.h"
#include "ui/jobprogressdelegate.h"
#include "ui/jobsidlestrip.h"
#include "ui/jobsmodel.h"
#include "ui/registryjobspec.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Berth::Ui {

using Jobs::JobRecord;
using Jobs::JobState;

namespace {

bool isCancellable(JobState state)
{
    return state == JobState::Queued || state == JobState::Running;
}

bool isRetryable(JobState state)
{
    return state == JobState::Failed || state == JobState::Cancelled;
}

// The rows an action acts on: the selected ones, else the current one, since the keyboard
// can move to a row without selecting it.
QModelIndexList rowsToActOn(const QAbstractItemView *view)
{
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows.append(view->currentIndex());
    return rows;
}

} // namespace

JobsDock::JobsDock(Jobs::JobQueue *queue, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_queue(queue)
    , m_model(new JobsModel(this))
    , m_view(new QTreeView(this))
    , m_historyModel(new JobHistoryModel(this))
    , m_historyProxy(new QSortFilterProxyModel(this))
    , m_historyView(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_notifier(new JobNotifier(parent ? parent->window() : this, this))
    , m_cancelAction(new QAction(tr("&Cancel Job"), this))
    , m_retryAction(new QAction(tr("&Retry Job"), this))
    , m_clearFinishedAction(new QAction(tr("C&lear Finished Jobs"), this))
    , m_runAgainAction(new QAction(tr("Run &Again"), this))
    , m_collapseAction(new QAction(tr("Collapse Panel"), this))
    , m_strip(new JobsIdleStrip(this))
{
    setObjectName(QStringLiteral("jobsDock"));
    setupView();
    setupHistoryView();
    setupActions();
    setupHistoryActions();

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("jobsToolBar"));
    toolbar->setIconSize(QSize(16, 16));
    // The icons with the names beside them: the panel has room, and the names say more.
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_cancelAction, m_retryAction, m_clearFinishedAction, m_runAgainAction});
    m_collapseAction->setObjectName(QStringLiteral("collapseJobsPanelAction"));
    m_collapseAction->setToolTip(tr("Shrink the panel to one line until a job starts"));
    toolbar->addSeparator();
    toolbar->addAction(m_collapseAction);
    connect(m_collapseAction, &QAction::triggered, this, &JobsDock::collapseRequested);
    connect(m_strip, &JobsIdleStrip::expandRequested, this, &JobsDock::expandRequested);
    connect(m_strip, &JobsIdleStrip::historyRequested, this, [this] {
        showHistory();
        m_historyView->setFocus(Qt::OtherFocusReason);
    });
    m_detail->setObjectName(QStringLiteral("jobDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->hide();
    m_log->setObjectName(QStringLiteral("jobLog"));
    m_log->setAccessibleName(tr("Job log"));
    m_log->setReadOnly(true);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->hide();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    m_tabs->setObjectName(QStringLiteral("jobsTabs"));
    m_tabs->setAccessibleName(tr("Jobs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("&Current"));
    m_tabs->addTab(m_historyView, tr("&History"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_detail);
    m_content = content;
    auto *frame = new QWidget(this);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->setSpacing(0);
    frameLayout->addWidget(content, 1);
    frameLayout->addWidget(m_strip);
    m_strip->hide();
    setWidget(frame);
    setFocusProxy(m_tabs);
    // Tab enters the panel at its focus proxy, the tab bar: then the tree it shows, the log
    // and the toolbar's buttons (a toolbar's buttons take no focus by default).
    QWidget *previous = m_tabs;
    for (QWidget *next : std::initializer_list<QWidget *>{m_view, m_historyView, m_log}) {
        setTabOrder(previous, next);
        previous = next;
    }
    const auto buttons = toolbar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        button->setFocusPolicy(Qt::TabFocus);
        setTabOrder(previous, button);
        previous = button;
    }

    // The history changes when a job of this window ends and when berthctl runs one: it
    // is read when its tab is shown and after each job while it is.
    connect(queue, &Jobs::JobQueue::historyRead, m_historyModel, &JobHistoryModel::setEntries);
    connect(queue, &Jobs::JobQueue::jobFinished, this, [this] {
        if (historyShown())
            m_queue->readHistory();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (historyShown())
            m_queue->readHistory();
        m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
        updateActions();
        updateDetail();
    });

    connect(queue, &Jobs::JobQueue::jobAdded, m_model, &JobsModel::addJob);
    connect(queue, &Jobs::JobQueue::jobChanged, m_model, &JobsModel::updateJob);
    connect(queue, &Jobs::JobQueue::jobRemoved, m_model, &JobsModel::removeJob);
    connect(queue, &Jobs::JobQueue::jobFinished, m_notifier, &JobNotifier::jobFinished);
    for (const JobRecord &record : queue->jobs())
        m_model->addJob(record);

    // States change under a selection that stays put: the actions follow the model too,
    // once per pass of the event loop however many cells changed in it.
    m_modelChanged.setSingleShot(true);
    m_modelChanged.setInterval(0);
    connect(&m_modelChanged, &QTimer::timeout, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, &m_modelChanged,
            qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsDock::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsDock::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsDock::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsDock::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsDock::updateDetail);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsDock::updateActions);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsDock::updateActions);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JobsDock::updateDetail);
    // Showing the dock from the menu or its shortcut puts the keyboard in the list.
    connect(toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            raise();
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    updateActions();
}

void JobsDock::showHistory()
{
    if (m_compact)
        Q_EMIT expandRequested();
    if (historyShown())
        m_queue->readHistory();
    else
        m_tabs->setCurrentWidget(m_historyView); // reads it
}

bool JobsDock::historyShown() const
{
    return m_tabs->currentWidget() == m_historyView;
}

void JobsDock::setupView()
{
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("Current jobs"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(JobsModel::ProgressColumn, new JobProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAllColumnsShowFocus(true);
    // Every row has one line of text: the view can skip measuring each of them.
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setFocusPolicy(Qt::StrongFocus);
    // Fitted when jobs come and go, not at each progress report; the figures that change
    // while a job runs have room for their widest form from the start.
    auto *fitter = new ColumnFitter(m_view, m_view->header(), JobsModel::TitleColumn);
    fitter->setMinimumWidth(JobsModel::StateColumn, 110);
    fitter->setMinimumWidth(JobsModel::ProgressColumn, 220);
    fitter->setMinimumWidth(JobsModel::SpeedColumn, 90);
    fitter->setMinimumWidth(JobsModel::TimeLeftColumn, 90);
    // An engine's address can be long (a socket path): elided in the middle, the job's name
    // keeps its room (its tool tip has the whole address).
    fitter->setMaximumWidth(JobsModel::EngineColumn, m_view->fontMetrics().averageCharWidth() * 22);
}

// Newest first; the user may sort by any column.
void JobsDock::setupHistoryView()
{
    m_historyProxy->setSourceModel(m_historyModel);
    m_historyProxy->setSortRole(JobSortRole);
    m_historyView->setObjectName(QStringLiteral("jobHistoryView"));
    m_historyView->setAccessibleName(tr("Job history"));
    m_historyView->setModel(m_historyProxy);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setSortingEnabled(true);
    m_historyView->sortByColumn(JobHistoryModel::StartedColumn, Qt::DescendingOrder);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyView->setAllColumnsShowFocus(true);
    m_historyView->setUniformRowHeights(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(false);
    m_historyView->setFocusPolicy(Qt::StrongFocus);
    auto *fitter =
        new ColumnFitter(m_historyView, m_historyView->header(), JobHistoryModel::TitleColumn);
    fitter->setMinimumWidth(JobHistoryModel::ResultColumn, 110);
    fitter->setMinimumWidth(JobHistoryModel::StartedColumn, 140);
    fitter->setMinimumWidth(JobHistoryModel::DurationColumn, 90);
    fitter->setMaximumWidth(JobHistoryModel::EngineColumn,
                            m_historyView->fontMetrics().averageCharWidth() * 22);
}

void JobsDock::setupActions()
{
    m_cancelAction->setObjectName(QStringLiteral("cancelJobAction"));
    m_cancelAction->setIcon(Icons::icon(Icons::Cancel));
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_cancelAction->setToolTip(tr("Cancel the selected queued or running jobs (Delete)"));
    m_retryAction->setObjectName(QStringLiteral("retryJobAction"));
    m_retryAction->setIcon(Icons::icon(Icons::Retry));
    m_retryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_retryAction->setToolTip(tr("Run the selected failed or cancelled jobs again (Ctrl+Shift+R)"));
    m_clearFinishedAction->setObjectName(QStringLiteral("clearFinishedJobsAction"));
    m_clearFinishedAction->setIcon(Icons::icon(Icons::Remove));
    m_clearFinishedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_clearFinishedAction->setToolTip(
        tr("Remove the jobs that have ended from the list (Ctrl+Shift+Delete)"));

    // The shortcuts act while the list has the keyboard; Delete elsewhere in the window
    // means something else. The same actions make the list's context menu.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    for (QAction *action : {m_cancelAction, m_retryAction, separator, m_clearFinishedAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_cancelAction, &QAction::triggered, this, &JobsDock::cancelSelected);
    connect(m_retryAction, &QAction::triggered, this, &JobsDock::retrySelected);
    connect(m_clearFinishedAction, &QAction::triggered, m_queue, &Jobs::JobQueue::clearFinished);
}

// The jobs of the rows to act on; a layer row stands for its job.
QStringList JobsDock::selectedJobIds() const
{
    QStringList ids;
    for (const QModelIndex &row : rowsToActOn(m_view)) {
        const QString id = row.data(JobIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void JobsDock::setupHistoryActions()
{
    m_runAgainAction->setObjectName(QStringLiteral("runAgainAction"));
    m_runAgainAction->setIcon(Icons::icon(Icons::Retry));
    m_runAgainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runAgainAction->setToolTip(
        tr("Queue the selected jobs again on this window's engine (Ctrl+Shift+R)"));
    m_runAgainAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_historyView->addAction(m_runAgainAction);
    m_historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_runAgainAction, &QAction::triggered, this, &JobsDock::runSelectedAgain);
}

// The history entries of the rows to act on.
QList<const Jobs::HistoryEntry *> JobsDock::selectedHistory() const
{
    QList<const Jobs::HistoryEntry *> entries;
    for (const QModelIndex &row : rowsToActOn(m_historyView)) {
        if (const auto *entry = m_historyModel->entry(m_historyProxy->mapToSource(row)))
            entries.append(entry);
    }
    return entries;
}

// A history entry keeps what the job was (a pull's platform included), not where or as
// whom: it runs against this window's engine, with each registry's default login and its
// settings as they are now.
void JobsDock::runSelectedAgain()
{
    QList<Jobs::JobSpec> specs;
    for (const Jobs::HistoryEntry *entry : selectedHistory()) {
        if (auto spec = Jobs::JobSpec::fromHistory(*entry, m_endpoint)) {
            RegistryJobSpec::applySettings(*spec, m_registrySettings.get());
            specs.append(*spec);
        }
    }
    // Queued after the loop: queueing may change the selection's rows.
    for (const Jobs::JobSpec &spec : std::as_const(specs))
        m_queue->enqueue(spec);
    if (!specs.isEmpty())
        m_tabs->setCurrentWidget(m_view);
}

void JobsDock::cancelSelected()
{
    for (const QString &id : selectedJobIds()) {
        const JobRecord *record = m_model->record(m_model->indexOfJob(id));
        if (record && isCancellable(record->state))
            m_queue->cancel(id);
    }
}

void JobsDock::retrySelected()
{
    for (const QString &id : selectedJobIds()) {
        const JobRecord *record = m_model->record(m_model->indexOfJob(id));
        if (record && isRetryable(record->state))
            m_queue->retry(id);
    }
}

void JobsDock::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    // Hidden widgets take no room: the strip alone decides the height.
    m_content->setVisible(!compact);
    m_strip->setVisible(compact);
    if (!m_emptyTitle) {
        m_emptyTitle = new QWidget(this);
        // The dock takes its title bar's size hint as is, and an empty widget's is -1 tall:
        // a pixel off the strip below it. An empty layout makes the hint 0.
        (new QHBoxLayout(m_emptyTitle))->setContentsMargins(0, 0, 0, 0);
    }
    setTitleBarWidget(compact ? m_emptyTitle : nullptr);
    if (!compact)
        m_emptyTitle->hide(); // no longer the title bar, and not a widget of its own
    setFocusProxy(compact ? static_cast<QWidget *>(m_strip) : m_tabs);
}

void JobsDock::updateActions()
{
    bool cancellable = false;
    bool retryable = false;
    for (const QString &id : selectedJobIds()) {
        const JobRecord *record = m_model->record(m_model->indexOfJob(id));
        if (!record)
            continue;
        cancellable = cancellable || isCancellable(record->state);
        retryable = retryable || isRetryable(record->state);
    }
    bool anyFinished = false;
    for (int row = 0; row < m_model->rowCount() && !anyFinished; ++row)
        anyFinished = Jobs::isFinished(JobState(m_model->index(row, 0).data(JobStateRole).toInt()));
    m_cancelAction->setEnabled(cancellable);
    m_retryAction->setEnabled(retryable);
    m_clearFinishedAction->setEnabled(anyFinished);

    bool runnable = false;
    for (const Jobs::HistoryEntry *entry : selectedHistory())
        runnable = runnable || Jobs::JobSpec::fromHistory(*entry, m_endpoint).has_value();
    m_runAgainAction->setEnabled(runnable);
    const bool history = historyShown();
    for (QAction *action : {m_cancelAction, m_retryAction, m_clearFinishedAction})
        action->setVisible(!history);
    m_runAgainAction->setVisible(history);
}

// The current job's error, or the daemon's latest word on it.
void JobsDock::updateDetail()
{
    QString text;
    if (historyShown()) {
        const QModelIndex current = m_historyProxy->mapToSource(m_historyView->currentIndex());
        if (const auto *entry = m_historyModel->entry(current))
            text = entry->error;
    } else if (const JobRecord *record = m_model->record(m_view->currentIndex())) {
        if (record->error)
            text = tr("%1: %2").arg(record->spec.title(), record->error->message());
        else
            text = record->progress.status;
    }
    if (m_detail->text() != text)
        m_detail->setText(text);
    m_detail->setVisible(!text.isEmpty());
    updateLog();
}

// The current job's build log, kept at its end while it grows unless scrolled up.
void JobsDock::updateLog()
{
    const JobRecord *record = historyShown() ? nullptr : m_model->record(m_view->currentIndex());
    const QStringList log = record ? record->progress.log : QStringList();
    m_log->setVisible(!log.isEmpty());
    const QString text = log.join(u'\n');
    if (m_log->toPlainText() == text)
        return;
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    if (text.startsWith(m_log->toPlainText()) && !m_log->toPlainText().isEmpty())
        m_log->appendPlainText(text.mid(m_log->toPlainText().size() + 1));
    else
        m_log->setPlainText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace Berth::Ui
