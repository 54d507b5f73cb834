// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagefilterproxymodel.h"

#include "ui/imagemodelroles.h"
#include "ui/localimagesmodel.h"

namespace Berth::Ui {

ImageFilterProxyModel::ImageFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ImageFilterProxyModel::setFilterWords(const QString &text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() after the change is the API.
    m_words = std::move(words);
    invalidateFilter();
}

bool ImageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const QString repository =
        model->index(sourceRow, LocalImagesModel::RepositoryColumn, sourceParent).data().toString();
    const QString tag =
        model->index(sourceRow, LocalImagesModel::TagColumn, sourceParent).data().toString();
    const QString id = model->index(sourceRow, LocalImagesModel::IdColumn, sourceParent)
                           .data(ImageIdRole)
                           .toString();
    const QString reference = repository + u':' + tag;
    for (const QString &word : m_words) {
        if (!reference.contains(word, Qt::CaseInsensitive) &&
            !id.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Berth::Ui
