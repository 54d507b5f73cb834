// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/hubsearchmodel.h"

#include "hub/hubclient.h"
#include "ui/icons.h"
#include "ui/badge.h"

#include <QLocale>

namespace Berth::Ui {

HubSearchModel::HubSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HubSearchModel::setResults(const QList<Hub::HubSearchResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

QString HubSearchModel::shortCount(qint64 count)
{
    const QLocale locale;
    if (count >= 1000000000)
        return tr("%1B").arg(locale.toString(double(count) / 1e9, 'f', 1));
    if (count >= 1000000)
        return tr("%1M").arg(locale.toString(double(count) / 1e6, 'f', 1));
    if (count >= 10000)
        return tr("%1K").arg(locale.toString(count / 1000));
    return locale.toString(count);
}

QList<Badge> HubSearchModel::badges(const Hub::HubSearchResult &result)
{
    QList<Badge> badges;
    if (result.official)
        badges.append({tr("Official"), Badge::Tone::Accent});
    if (result.verified)
        badges.append({tr("Verified"), Badge::Tone::Neutral});
    return badges;
}

int HubSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int HubSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const Hub::HubSearchResult &result = m_results.at(index.row());
    if (role == RepositoryRole)
        return Hub::HubClient::repositoryPath(result.name);
    if (role == Qt::ToolTipRole)
        return result.description;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == StarsColumn || index.column() == PullsColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // The badges' column shows the verified seal beside Official or Verified Publisher.
    if (role == Qt::DecorationRole && index.column() == BadgesColumn &&
        (result.official || result.verified))
        return Icons::icon(Icons::Verified);
    if (role == BadgesRole && index.column() == BadgesColumn)
        return QVariant::fromValue(badges(result));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return result.name;
    case BadgesColumn: {
        QStringList words;
        for (const Badge &badge : badges(result))
            words.append(badge.text);
        return words.join(QStringLiteral(", "));
    }
    case StarsColumn:
        return shortCount(result.stars);
    case PullsColumn:
        return shortCount(result.pulls);
    case DescriptionColumn:
        return result.description.simplified();
    default:
        return {};
    }
}

QVariant HubSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BadgesColumn:
        return tr("Badges");
    case StarsColumn:
        return tr("Stars");
    case PullsColumn:
        return tr("Pulls");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace Berth::Ui
