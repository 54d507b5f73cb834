// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Berth::Ui {

// Filters image rows by what the user types: every word must occur, ignoring case, in the
// repository, the tag, "repository:tag" or the image ID. Sorts by ImageModelRole::SortRole.
class ImageFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilterProxyModel(QObject *parent = nullptr);

    void setFilterWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace Berth::Ui
