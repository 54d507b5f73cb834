// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagehistorymodel.h"

#include "base/humanformat.h"
#include "ui/detailsmodelroles.h"

#include <QFont>

namespace Berth::Ui {

namespace {
QVariant rawValue(const HistoryStep &step, int column)
{
    switch (column) {
    case ImageHistoryModel::CreatedColumn:
        return step.created;
    case ImageHistoryModel::CreatedByColumn:
        return step.createdBy;
    case ImageHistoryModel::SizeColumn:
        return step.size;
    case ImageHistoryModel::CommentColumn:
        return step.comment;
    default:
        return {};
    }
}
} // namespace

QStringList ImageHistoryModel::headers() const
{
    return {tr("Created"), tr("Created by"), tr("Size"), tr("Comment")};
}

QVariant ImageHistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryStep *step = rowAt(index);
    if (!step)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CreatedColumn)
            return HumanFormat::localeTime(step->created, QLocale::ShortFormat);
        if (index.column() != SizeColumn)
            return rawValue(*step, index.column());
        if (step->emptyLayer)
            return tr("empty layer");
        return step->size < 0 ? tr("not known") : HumanFormat::localeSize(step->size);
    case Qt::ToolTipRole:
        if (index.column() == CreatedByColumn)
            return step->createdBy;
        if (index.column() == CreatedColumn)
            return HumanFormat::localeTime(step->created);
        if (index.column() == SizeColumn && step->emptyLayer)
            return tr("This step changed only the image's settings and made no layer");
        return {};
    case Qt::FontRole:
        // Steps without a layer recede, so the ones that add files stand out.
        if (step->emptyLayer) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case DetailsRawRole:
        return rawValue(*step, index.column());
    default:
        return {};
    }
}

} // namespace Berth::Ui
