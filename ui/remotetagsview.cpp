// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remotetagsview.h"

#include "ui/columnchooser.h"
#include "ui/columnfitter.h"
#include "ui/comparedialog.h"
#include "ui/icons.h"
#include "ui/palettecolors.h"
#include "ui/palettefollower.h"
#include "ui/registrybrowsing.h"
#include "ui/remotetagsloader.h"
#include "ui/remotetagsmodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Berth::Ui {

namespace {

// A failed listing's words in red that reads on the view's background; else the palette's.
void applyStatusColors(QWidget *status, const QPalette &around)
{
    QPalette palette = around;
    if (status->property("failed").toBool())
        palette.setColor(QPalette::WindowText,
                         PaletteColors::errorText(around.color(QPalette::Window)));
    status->setPalette(palette);
}

} // namespace

RemoteTagsView::RemoteTagsView(RegistryBrowsing *browsing, QWidget *parent)
    : QWidget(parent)
    , m_browsing(browsing)
    , m_model(new RemoteTagsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_visibleTimer(new QTimer(this))
    , m_compareAction(new QAction(tr("&Compare…"), this))
    , m_pullAction(new QAction(tr("Pull Selected &Tags"), this))
{
    setObjectName(QStringLiteral("remoteTagsView"));
    m_title->setObjectName(QStringLiteral("remoteTagsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("remoteTagsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PaletteFollower::follow(m_status, applyStatusColors);
    m_filter->setObjectName(QStringLiteral("remoteTagsFilter"));
    m_filter->setAccessibleName(tr("Filter tags"));
    m_filter->setPlaceholderText(tr("Filter by tag, digest or platform (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RemoteTagsModel::RawRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("remoteTagsTable"));
    m_table->setAccessibleName(tr("Remote tags"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    // The model keeps its rows in tag order, so the default order needs no sorting: the
    // proxy sorts only when another order is chosen. A sorting proxy costs a comparison of
    // two QVariants per step of a binary search for every row inserted; 10,000 tags took
    // ten turns of ~12 ms through it.
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(RemoteTagsModel::TagColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    // Every column fits beside the others at 1200 px: the media type, long and alike from
    // tag to tag, takes what is left and is elided (whole in its tool tip). The details
    // arrive after the rows, so the widths are fitted again as they do.
    auto *fitter =
        new ColumnFitter(m_table, m_table->horizontalHeader(), RemoteTagsModel::MediaTypeColumn);
    fitter->setSpareTakesTheRest(true);
    connect(m_proxy, &QAbstractItemModel::dataChanged, fitter, &ColumnFitter::fitSoon);
    new ColumnChooser(m_table->horizontalHeader());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    setTabOrder(m_filter, m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // Whatever changes which rows are on screen asks for their details, once per turn of
    // the event loop however many changes come together.
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(0);
    connect(m_visibleTimer, &QTimer::timeout, this, &RemoteTagsView::askForVisible);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &RemoteTagsView::applySort);
    const auto later = [this] {
        m_visibleTimer->start();
    };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    // New rows are painted first, their details asked for after: the manifests' requests
    // would otherwise take the cores the first paint of a long list waits for.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        m_askAfterPaint = true;
        m_table->viewport()->update();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, later);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, later);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RemoteTagsView::onSelectionChanged);
    m_compareAction->setObjectName(QStringLiteral("compareTagsAction"));
    m_compareAction->setIcon(Icons::icon(Icons::Compare));
    m_compareAction->setEnabled(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_compareAction);
    // The selected tags to the engine, as pull jobs (the window queues them).
    m_pullAction->setObjectName(QStringLiteral("pullTagsAction"));
    m_pullAction->setIcon(Icons::icon(Icons::Pull));
    m_pullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_pullAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pullAction->setToolTip(tr("Pull the selected tags to the engine (Ctrl+Shift+G)"));
    m_pullAction->setEnabled(false);
    m_table->insertAction(m_compareAction, m_pullAction);
    connect(m_pullAction, &QAction::triggered, this, [this] {
        QStringList references;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows)
            references.append(row.data(RemoteTagsModel::ReferenceRole).toString());
        if (!references.isEmpty())
            Q_EMIT pullRequested(references);
    });
    connect(m_compareAction, &QAction::triggered, this, &RemoteTagsView::compareSelected);
}

void RemoteTagsView::compareSelected()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    // The upper row is compared from, as it reads in the table.
    std::sort(rows.begin(), rows.end());
    auto *dialog = new CompareDialog(rows.at(0).data(RemoteTagsModel::ReferenceRole).toString(),
                                     rows.at(1).data(RemoteTagsModel::ReferenceRole).toString(),
                                     m_browsing->credentials(),
                                     m_browsing->configFor(m_model->domain()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RemoteTagsView::open(const QString &domain, const QString &repository)
{
    if (domain == m_model->domain() && repository == m_model->repository() && m_loader)
        return;
    m_model->setRepository(domain, repository);
    m_title->setText(domain + u'/' + repository);
    m_pendingSelection.clear();
    startLoader(false);
}

void RemoteTagsView::reload()
{
    if (!m_model->repository().isEmpty())
        startLoader(true);
}

void RemoteTagsView::selectTag(const QString &tag)
{
    m_pendingSelection = tag;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(RemoteTagsModel::TagRole).toString() == tag) {
            m_pendingSelection.clear();
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
}

bool RemoteTagsView::eventFilter(QObject *watched, QEvent *event)
{
    // A taller table shows more rows: their details are wanted too.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_visibleTimer->start();
    // The timer fires once this paint is done.
    if (watched == m_table->viewport() && event->type() == QEvent::Paint &&
        std::exchange(m_askAfterPaint, false))
        m_visibleTimer->start();
    return QWidget::eventFilter(watched, event);
}

QString RemoteTagsView::statusText() const
{
    return m_status->text();
}

void RemoteTagsView::startLoader(bool keepRows)
{
    if (m_loader)
        m_loader->deleteLater();
    m_listed = false;
    auto *loader = m_browsing->tagsLoader(m_model->domain(), m_model->repository());
    m_loader = loader;
    setStatus(tr("Listing tags…"), false);
    // A page goes into the model in one insertion: sorted already and appended after the
    // rows listed, it costs the proxy and the table a few milliseconds for 10,000 tags.
    connect(loader, &RemoteTagsLoader::tagsPage, this, [this, keepRows](const QStringList &tags) {
        if (keepRows)
            return;
        m_model->addTags(tags);
        setStatus(tr("Listing tags… %Ln so far", nullptr, m_model->rowCount()), false);
        if (!m_pendingSelection.isEmpty())
            selectTag(m_pendingSelection);
    });
    connect(loader, &RemoteTagsLoader::tagsListed, this,
            [this, keepRows](const QStringList &all) { finishListing(all, keepRows); });
    connect(loader, &RemoteTagsLoader::failed, this, [this](const QString &reason) {
        m_listed = true;
        setStatus(reason, true);
        Q_EMIT listingEnded();
    });
    connect(loader, &RemoteTagsLoader::detailsReady, m_model, &RemoteTagsModel::setDetails);
    connect(loader, &RemoteTagsLoader::detailsFailed, m_model, &RemoteTagsModel::setDetailsError);
    loader->start();
}

std::pair<int, int> RemoteTagsView::visibleRows() const
{
    if (m_proxy->rowCount() == 0)
        return {0, -1};
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    return {first, last};
}

bool RemoteTagsView::visibleRowsDescribed() const
{
    const auto [first, last] = visibleRows();
    for (int row = first; row <= last; ++row) {
        if (!m_proxy->index(row, 0).data(RemoteTagsModel::HasDetailsRole).toBool())
            return false;
    }
    return true;
}

void RemoteTagsView::applySort(int column, Qt::SortOrder order)
{
    // -1: the model's own order, which is the tag's, ascending.
    if (column == RemoteTagsModel::TagColumn && order == Qt::AscendingOrder)
        m_proxy->sort(-1);
    else
        m_proxy->sort(column, order);
}

void RemoteTagsView::finishListing(const QStringList &all, bool reloaded)
{
    // A first listing's rows are its pages' tags, the whole list already.
    if (reloaded || m_model->rowCount() != all.size())
        m_model->keepOnly(all);
    m_listed = true;
    setStatus(all.isEmpty() ? tr("No tags") : tr("%Ln tag(s)", nullptr, int(all.size())), false);
    if (!m_pendingSelection.isEmpty())
        selectTag(m_pendingSelection);
    // A tag asked for by name that the list lacks.
    if (!m_pendingSelection.isEmpty())
        setStatus(tr("no tag %1 in %2/%3")
                      .arg(m_pendingSelection, m_model->domain(), m_model->repository()),
                  true);
    Q_EMIT listingEnded();
}

void RemoteTagsView::askForVisible()
{
    if (!m_loader)
        return;
    const auto [first, last] = visibleRows();
    QStringList wanted;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!index.data(RemoteTagsModel::HasDetailsRole).toBool())
            wanted.append(index.data(RemoteTagsModel::TagRole).toString());
    }
    if (!wanted.isEmpty())
        m_loader->want(wanted);
}

void RemoteTagsView::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_compareAction->setEnabled(rows.size() == 2);
    m_pullAction->setEnabled(!rows.isEmpty());
    Q_EMIT tagSelected(rows.size() == 1
                           ? rows.first().data(RemoteTagsModel::ReferenceRole).toString()
                           : QString());
}

void RemoteTagsView::setStatus(const QString &text, bool failed)
{
    m_status->setText(text);
    m_status->setProperty("failed", failed);
    PaletteFollower::refresh(m_status);
}

} // namespace Berth::Ui
