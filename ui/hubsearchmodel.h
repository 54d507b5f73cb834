// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/hubtypes.h"

#include <QAbstractTableModel>

namespace Berth::Ui {
struct Badge;
}

namespace Berth::Ui {

// Docker Hub's search results as Hub's own page shows them: the name, its badges (official,
// verified publisher), stars, pulls and the description. RepositoryRole gives the path to
// open ("library/nginx" for the official "nginx"). The badges column gives BadgesRole too,
// for BadgeDelegate.
class HubSearchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        BadgesColumn,
        StarsColumn,
        PullsColumn,
        DescriptionColumn,
        ColumnCount
    };
    static constexpr int RepositoryRole = Qt::UserRole + 1;

    explicit HubSearchModel(QObject *parent = nullptr);

    void setResults(const QList<Hub::HubSearchResult> &results);
    const QList<Hub::HubSearchResult> &results() const { return m_results; }

    // "1.2M", "45K", "987": counts as Hub shows them.
    static QString shortCount(qint64 count);
    // The result's badges (BadgesRole of the badges column); DisplayRole joins their words.
    static QList<Badge> badges(const Hub::HubSearchResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Hub::HubSearchResult> m_results;
};

} // namespace Berth::Ui
