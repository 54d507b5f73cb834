// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/detailstablemodel.h"
#include "ui/imagedetails.h"

namespace Berth::Ui {

// The History tab: the steps that made the image, newest first; steps that made no layer are
// marked.
class ImageHistoryModel final : public DetailsTableModel<HistoryStep>
{
    Q_OBJECT

public:
    enum Column { CreatedColumn, CreatedByColumn, SizeColumn, CommentColumn };

    using DetailsTableModel::DetailsTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
};

} // namespace Berth::Ui
