// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/columnfitter.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>

#include <algorithm>

namespace Berth::Ui {

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header, int spareColumn)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_spareColumn(spareColumn)
{
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_fitSoon.setSingleShot(true);
    m_fitSoon.setInterval(0);
    connect(&m_fitSoon, &QTimer::timeout, this, &ColumnFitter::fit);
    // Rows coming and going change what the columns hold; a progress report does not,
    // and measuring at each would cost the GUI thread ten times a second per job.
    QAbstractItemModel *model = m_view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fitSoon);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fitSoon);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitSoon);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fitSoon);
    // Any resize the fitter did not make is the user's.
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
    m_view->viewport()->installEventFilter(this);
    // A view on a hidden tab is measured wrong (seen in the Details pane's History tab):
    // it is fitted again when it shows.
    m_view->installEventFilter(this);
    fitSoon();
}

void ColumnFitter::setMinimumWidth(int column, int width)
{
    m_minimumWidths.insert(column, width);
    fitSoon();
}

void ColumnFitter::setMaximumWidth(int column, int width)
{
    m_maximumWidths.insert(column, width);
    fitSoon();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_view->viewport() && event->type() == QEvent::Resize) ||
        (watched == m_view && event->type() == QEvent::Show))
        fitSoon();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fitSoon()
{
    if (!m_userSized)
        m_fitSoon.start();
}

void ColumnFitter::fit()
{
    if (m_userSized)
        return;
    const QScopedValueRollback fitting(m_fitting, true);
    const int available = m_view->viewport()->width();
    const int cap = int(available * MaximumShare);
    // Header text and cell text alike: a column is never narrower than its title.
    const auto wanted = [this](int column) {
        return std::max({m_header->sectionSizeHint(column), m_view->sizeHintForColumn(column),
                         m_minimumWidths.value(column)});
    };
    int used = 0;
    for (int column = 0; column < m_header->count(); ++column) {
        if (column == m_spareColumn || m_header->isSectionHidden(column))
            continue;
        const int most = qMin(cap, m_maximumWidths.value(column, cap));
        // The share's cap elides long texts, never the title.
        const int width = std::max({qMin(wanted(column), most), m_minimumWidths.value(column),
                                    m_header->sectionSizeHint(column)});
        m_header->resizeSection(column, width);
        used += width;
    }
    // The names take what is left, and at least a share like the others (or only the rest).
    const int share = m_spareTakesTheRest ? 0 : qMin(wanted(m_spareColumn), cap);
    const int spare = std::max({available - used, share, m_header->sectionSizeHint(m_spareColumn)});
    m_header->resizeSection(m_spareColumn, spare);
}

} // namespace Berth::Ui
