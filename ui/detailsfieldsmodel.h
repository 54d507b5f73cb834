// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/detailstablemodel.h"
#include "ui/imagedetails.h"

namespace Berth::Ui {

// The Overview and Config tabs: a field's name and its value, a list one value a line.
class DetailsFieldsModel final : public DetailsTableModel<DetailsField>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn };

    using DetailsTableModel::DetailsTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
};

} // namespace Berth::Ui
