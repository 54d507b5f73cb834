// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/columnchooser.h"

#include <QHeaderView>
#include <QMenu>

namespace Berth::Ui {

ColumnChooser::ColumnChooser(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    setObjectName(QStringLiteral("columnChooser"));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

void ColumnChooser::showMenu(const QPoint &at)
{
    auto *menu = new QMenu(m_header);
    menu->setObjectName(QStringLiteral("columnChooserMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QAbstractItemModel *model = m_header->model();
    const int shown = m_header->count() - m_header->hiddenSectionCount();
    for (int column = 0; column < m_header->count(); ++column) {
        auto *action = menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(m_header->isSectionHidden(column) || shown > 1);
        connect(action, &QAction::toggled, m_header,
                [header = m_header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu->popup(m_header->viewport()->mapToGlobal(at));
}

} // namespace Berth::Ui
