// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagecontainersmodel.h"

#include "base/humanformat.h"
#include "ui/detailsmodelroles.h"

namespace Berth::Ui {

int ImageContainersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Container");
    case IdColumn:
        return tr("ID");
    case StateColumn:
        return tr("State");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant ImageContainersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContainerInfo &container = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == IdColumn)
            return HumanFormat::shortId(container.id);
        return data(index, DetailsRawRole);
    case Qt::ToolTipRole:
        return index.column() == IdColumn ? QVariant(container.id) : QVariant();
    case DetailsRawRole:
        switch (index.column()) {
        case NameColumn:
            return container.name;
        case IdColumn:
            return container.id;
        case StateColumn:
            return container.state;
        case StatusColumn:
            return container.status;
        }
        return {};
    default:
        return {};
    }
}

} // namespace Berth::Ui
