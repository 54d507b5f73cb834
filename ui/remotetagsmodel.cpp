// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remotetagsmodel.h"

#include "base/humanformat.h"

#include <QLocale>

#include <algorithm>

namespace Berth::Ui {

RemoteTagsModel::RemoteTagsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RemoteTagsModel::setRepository(const QString &domain, const QString &repository)
{
    beginResetModel();
    m_domain = domain;
    m_repository = repository;
    m_rows.clear();
    m_rowOfTag.clear();
    endResetModel();
}

void RemoteTagsModel::addTags(const QStringList &tags)
{
    QStringList fresh;
    fresh.reserve(tags.size());
    for (const QString &tag : tags) {
        if (!m_rowOfTag.contains(tag))
            fresh.append(tag);
    }
    if (fresh.isEmpty())
        return;
    // Sorted on the browsing thread already: this is a check, not a sort.
    if (!std::is_sorted(fresh.cbegin(), fresh.cend()))
        std::sort(fresh.begin(), fresh.end());
    fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
    const auto byTag = [](const Row &row, const QString &tag) {
        return row.tag < tag;
    };
    // In runs of tags that go to one place: a page after every row listed (the usual case,
    // pages come in order) is one insertion.
    int firstChanged = int(m_rows.size());
    for (qsizetype i = 0; i < fresh.size();) {
        const int at = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), fresh[i], byTag) -
                           m_rows.cbegin());
        qsizetype end = i + 1;
        while (end < fresh.size() && (at == m_rows.size() || fresh[end] < m_rows[at].tag))
            ++end;
        QList<Row> run;
        run.reserve(end - i);
        for (qsizetype k = i; k < end; ++k)
            run.append(Row{fresh[k], {}, {}, false});
        beginInsertRows({}, at, at + int(run.size()) - 1);
        m_rows.insert(at, run.size(), Row{});
        std::move(run.begin(), run.end(), m_rows.begin() + at);
        endInsertRows();
        firstChanged = qMin(firstChanged, at);
        i = end;
    }
    reindex(firstChanged);
}

void RemoteTagsModel::keepOnly(const QStringList &tags)
{
    const QSet<QString> kept(tags.cbegin(), tags.cend());
    // From the end, in runs, so each removal is one signal and rows keep their places.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (kept.contains(m_rows[last].tag)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !kept.contains(m_rows[first - 1].tag))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    reindex(0);
    addTags(tags);
}

void RemoteTagsModel::reindex(int from)
{
    if (from == 0)
        m_rowOfTag.clear();
    for (int i = from; i < m_rows.size(); ++i)
        m_rowOfTag.insert(m_rows[i].tag, i);
}

void RemoteTagsModel::setDetails(const QString &tag, const TagDetails &details)
{
    const auto it = m_rowOfTag.constFind(tag);
    if (it == m_rowOfTag.cend())
        return;
    Row &row = m_rows[*it];
    row.details = details;
    row.error.clear();
    row.done = true;
    Q_EMIT dataChanged(index(*it, DigestColumn), index(*it, CreatedColumn));
}

void RemoteTagsModel::setDetailsError(const QString &tag, const QString &reason)
{
    const auto it = m_rowOfTag.constFind(tag);
    if (it == m_rowOfTag.cend())
        return;
    Row &row = m_rows[*it];
    row.error = reason;
    row.done = true;
    Q_EMIT dataChanged(index(*it, TagColumn), index(*it, CreatedColumn));
}

QString RemoteTagsModel::tagAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].tag : QString();
}

bool RemoteTagsModel::hasDetails(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].done;
}

QString RemoteTagsModel::referenceOf(const QString &tag) const
{
    return m_domain + u'/' + m_repository + u':' + tag;
}

int RemoteTagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemoteTagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteTagsModel::display(const Row &row, int column) const
{
    const TagDetails &d = row.details;
    switch (column) {
    case TagColumn:
        return row.tag;
    case DigestColumn:
        if (!row.error.isEmpty())
            return row.error;
        return d.digest.isEmpty() ? QString() : HumanFormat::shortId(d.digest);
    case MediaTypeColumn:
        return d.mediaType;
    case SizeColumn:
        return d.size < 0 ? QString() : HumanFormat::localeSize(d.size);
    case PlatformsColumn:
        return d.platforms.join(QStringLiteral(", "));
    case CreatedColumn:
        return d.created.isValid()
                   ? QLocale().toString(d.created.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant RemoteTagsModel::raw(const Row &row, int column) const
{
    switch (column) {
    case SizeColumn:
        return row.details.size;
    case CreatedColumn:
        return row.details.created;
    case DigestColumn:
        return row.details.digest;
    default:
        return display(row, column);
    }
}

QVariant RemoteTagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return row.error;
        if (index.column() == DigestColumn)
            return row.details.digest;
        if (index.column() == SizeColumn && !row.details.platformSizes.isEmpty()) {
            QStringList lines;
            for (int i = 0; i < row.details.platforms.size(); ++i)
                lines.append(row.details.platforms[i] + QStringLiteral(": ") +
                             HumanFormat::localeSize(row.details.platformSizes.value(i, -1)));
            return lines.join(u'\n');
        }
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawRole:
        return raw(row, index.column());
    case TagRole:
        return row.tag;
    case ReferenceRole:
        return referenceOf(row.tag);
    case HasDetailsRole:
        return row.done;
    default:
        return {};
    }
}

QVariant RemoteTagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case DigestColumn:
        return tr("Digest");
    case MediaTypeColumn:
        return tr("Media Type");
    case SizeColumn:
        return tr("Size");
    case PlatformsColumn:
        return tr("Platforms");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace Berth::Ui
