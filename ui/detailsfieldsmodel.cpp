// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/detailsfieldsmodel.h"

#include "ui/detailsmodelroles.h"

namespace Berth::Ui {

QStringList DetailsFieldsModel::headers() const
{
    return {tr("Field"), tr("Value")};
}

QVariant DetailsFieldsModel::data(const QModelIndex &index, int role) const
{
    const DetailsField *field = rowAt(index);
    if (!field)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return field->label;
        if (field->values.isEmpty() || (field->values.size() == 1 && field->values[0].isEmpty()))
            return role == Qt::DisplayRole ? tr("(none)") : QVariant();
        return field->values.join(u'\n');
    case DetailsRawRole:
        return field->raw;
    case DetailsKeyRole:
        return field->key;
    case DetailsDigestRole: {
        if (!field->isDigest)
            return QString();
        // A repository digest (name@sha256:...) copies as its digest.
        const QString first = field->values.value(0);
        return first.section(u'@', -1);
    }
    default:
        return {};
    }
}

} // namespace Berth::Ui
