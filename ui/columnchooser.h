// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QHeaderView;

namespace Berth::Ui {

// The header's context menu: one checkable entry per column, to hide or show it; the last
// shown column cannot be hidden.
class ColumnChooser final : public QObject
{
    Q_OBJECT

public:
    explicit ColumnChooser(QHeaderView *header);

private:
    void showMenu(const QPoint &at);

    QHeaderView *m_header;
};

} // namespace Berth::Ui
