// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/detailstablemodel.h"
#include "ui/imagedetails.h"

namespace Berth::Ui {

// An index's images, one per platform; each opens its own details.
class IndexPlatformsModel final : public DetailsTableModel<PlatformEntry>
{
    Q_OBJECT

public:
    enum Column { PlatformColumn, DigestColumn, SizeColumn, MediaTypeColumn };

    using DetailsTableModel::DetailsTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
};

} // namespace Berth::Ui
