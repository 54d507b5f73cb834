// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/detailstablemodel.h"
#include "ui/imagedetails.h"

namespace Berth::Ui {

// The Layers tab: each layer's digest and its sizes where the source tells them.
class ImageLayersModel final : public DetailsTableModel<LayerInfo>
{
    Q_OBJECT

public:
    enum Column { DigestColumn, CompressedColumn, UncompressedColumn, MediaTypeColumn };

    using DetailsTableModel::DetailsTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
};

} // namespace Berth::Ui
