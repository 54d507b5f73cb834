// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hubsearchwidget.h"

#include "hub/hubclient.h"
#include "ui/badgedelegate.h"
#include "ui/hubsearchmodel.h"
#include "ui/icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {

// Hub's search answers 25 results a page; more than a window shows is of no use here.
constexpr int MaxResults = 50;

} // namespace

HubSearchWidget::HubSearchWidget(Hub::HubClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_field(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new HubSearchModel(this))
    , m_status(new QLabel(this))
{
    m_field->setObjectName(QStringLiteral("hubSearchField"));
    m_field->setAccessibleName(tr("Search Docker Hub"));
    m_field->setPlaceholderText(tr("Search Docker Hub"));
    m_field->setClearButtonEnabled(true);
    m_field->addAction(Icons::icon(Icons::Search), QLineEdit::LeadingPosition);
    m_view->setObjectName(QStringLiteral("hubSearchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(HubSearchModel::BadgesColumn, new BadgeDelegate(m_view));
    // Room for both pills, as wide as the delegate draws them.
    m_view->horizontalHeader()->setSectionResizeMode(HubSearchModel::BadgesColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("hubSearchStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_field, &QLineEdit::returnPressed, this, [this] { search(m_field->text()); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { openCurrent(); });
    // Enter on the results opens the current one (a table view does not by itself).
    auto *open =
        new QShortcut(QKeySequence(Qt::Key_Return), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this, &HubSearchWidget::openCurrent);
    auto *openEnter =
        new QShortcut(QKeySequence(Qt::Key_Enter), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(openEnter, &QShortcut::activated, this, &HubSearchWidget::openCurrent);
}

void HubSearchWidget::search(const QString &query)
{
    const QString text = query.trimmed();
    if (text.isEmpty())
        return;
    const int generation = ++m_generation;
    m_status->setText(tr("Searching for \u201c%1\u201d\u2026").arg(text));
    QPointer<HubSearchWidget> self(this);
    m_client->search(text, MaxResults,
                     [self, generation, text](const Result<QList<Hub::HubSearchResult>> &found) {
                         // An answer to an older search is not what the field asks now.
                         if (!self || generation != self->m_generation)
                             return;
                         if (!found) {
                             self->m_model->setResults({});
                             self->m_status->setText(found.error().message());
                         } else {
                             self->m_model->setResults(*found);
                             self->m_status->setText(tr("%Ln repository(ies) for \u201c%1\u201d",
                                                        nullptr, int(found->size()))
                                                         .arg(text));
                             if (!found->isEmpty())
                                 self->m_view->selectRow(0);
                         }
                         Q_EMIT self->searchFinished();
                     });
}

void HubSearchWidget::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT repositoryOpened(current.data(HubSearchModel::RepositoryRole).toString());
}

} // namespace Berth::Ui
