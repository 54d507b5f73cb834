// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remotetagsmodel.h"

#include "base/humanformat.h"
#include "reference/imagereference.h"
#include "registry/driftjudge.h"
#include "ui/drifttext.h"

#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace Berth::Ui {

RemoteTagsModel::RemoteTagsModel(QObject *parent)
    : DroppableModel(parent)
{}

void RemoteTagsModel::setRepository(const QString &domain, const QString &repository)
{
    beginResetModel();
    m_domain = domain;
    m_repository = repository;
    m_rows.clear();
    indexLocalImages();
    endResetModel();
}

void RemoteTagsModel::setLocalImages(const QList<Engine::ImageTagRow> &rows)
{
    m_localImages = rows;
    indexLocalImages();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LocalColumn), index(int(m_rows.size()) - 1, LocalColumn));
}

void RemoteTagsModel::indexLocalImages()
{
    m_localTagDigests.clear();
    m_localDigests.clear();
    if (m_repository.isEmpty())
        return;
    const auto repository =
        Reference::ImageReference::parse(QString(m_domain + u'/' + m_repository));
    if (!repository)
        return;
    // Every name of this repository, however the engine writes it ("alpine" for
    // "library/alpine"), holds the path's last part: the other rows are not parsed.
    const QString lastPart = repository->path().section(u'/', -1);
    for (const Engine::ImageTagRow &row : std::as_const(m_localImages)) {
        const bool mayName =
            row.repository.contains(lastPart) ||
            std::any_of(row.repoDigests.cbegin(), row.repoDigests.cend(),
                        [&lastPart](const QString &digest) { return digest.contains(lastPart); });
        if (!mayName)
            continue;
        const QStringList digests = Registry::DriftJudge::digestsFor(*repository, row.repoDigests);
        for (const QString &digest : digests)
            m_localDigests.insert(digest);
        if (row.tag == u"<none>")
            continue;
        const auto tag = Reference::ImageReference::parse(QString(row.repository + u':' + row.tag));
        if (tag && tag->domain() == repository->domain() && tag->path() == repository->path())
            m_localTagDigests.insert(row.tag, digests);
    }
}

QVariant RemoteTagsModel::local(const Row &row, int role) const
{
    if (!row.done || row.details.digest.isEmpty())
        return {};
    const auto it = m_localTagDigests.constFind(row.tag);
    const bool tagHeld = it != m_localTagDigests.cend();
    const auto state = Registry::DriftJudge::ofRemoteTag(
        row.details.digest, tagHeld, tagHeld ? *it : QStringList(),
        m_localDigests.contains(row.details.digest));
    switch (role) {
    case Qt::DisplayRole:
        return DriftText::remoteLabel(state);
    case Qt::ToolTipRole:
        return DriftText::remoteToolTip(row.tag, state);
    case RawRole:
    case DriftRole:
        return int(state);
    default:
        return {};
    }
}

namespace {

template<typename Row> bool tagBefore(const Row &row, const QString &tag)
{
    return row.tag < tag;
}

} // namespace

void RemoteTagsModel::addTags(const QStringList &tags)
{
    // Sorted on the browsing thread already: this is a check, not a sort.
    QStringList sorted = tags;
    if (!std::is_sorted(sorted.cbegin(), sorted.cend()))
        std::sort(sorted.begin(), sorted.end());
    // The rows are in tag order too: one walk over both finds the tags not listed yet, each
    // once.
    QStringList fresh;
    fresh.reserve(sorted.size());
    auto row = m_rows.cbegin();
    for (const QString &tag : std::as_const(sorted)) {
        while (row != m_rows.cend() && row->tag < tag)
            ++row;
        if ((row == m_rows.cend() || row->tag != tag) && (fresh.isEmpty() || fresh.last() != tag))
            fresh.append(tag);
    }
    // In runs of tags that go to one place: a page after every row listed (the usual case,
    // pages come in order) is one insertion.
    for (qsizetype i = 0; i < fresh.size();) {
        const int at =
            int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), fresh[i], tagBefore<Row>) -
                m_rows.cbegin());
        qsizetype end = i + 1;
        while (end < fresh.size() && (at == m_rows.size() || fresh[end] < m_rows[at].tag))
            ++end;
        beginInsertRows({}, at, at + int(end - i) - 1);
        m_rows.insert(at, end - i, Row{});
        for (qsizetype k = i; k < end; ++k)
            m_rows[at + (k - i)].tag = fresh[k];
        endInsertRows();
        i = end;
    }
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
    addTags(tags);
}

int RemoteTagsModel::rowOf(const QString &tag) const
{
    // The rows are kept in tag order: a binary search needs no index to keep up to date.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), tag, tagBefore<Row>);
    return it != m_rows.cend() && it->tag == tag ? int(it - m_rows.cbegin()) : -1;
}

void RemoteTagsModel::setDetails(const QString &tag, const TagDetails &details)
{
    const int at = rowOf(tag);
    if (at < 0)
        return;
    Row &row = m_rows[at];
    row.details = details;
    row.error.clear();
    row.done = true;
    Q_EMIT dataChanged(index(at, DigestColumn), index(at, LocalColumn));
}

void RemoteTagsModel::setDetailsError(const QString &tag, const QString &reason)
{
    const int at = rowOf(tag);
    if (at < 0)
        return;
    Row &row = m_rows[at];
    row.error = reason;
    row.done = true;
    Q_EMIT dataChanged(index(at, TagColumn), index(at, LocalColumn));
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
    const bool localRole = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == RawRole;
    if (role == DriftRole || (index.column() == LocalColumn && localRole && row.error.isEmpty()))
        return local(row, role);
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
    case LocalColumn:
        return tr("Local");
    default:
        return {};
    }
}

Qt::ItemFlags RemoteTagsModel::flags(const QModelIndex &index) const
{
    // The table's empty part takes drops too: a drop goes to the repository.
    if (!index.isValid())
        return m_repository.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QMimeData *RemoteTagsModel::mimeData(const QModelIndexList &indexes) const
{
    return ImageRefsPayload::rowsToMimeData(
        ImageRefsPayload::SourceKind::Registry, m_domain, indexes,
        [this](const QModelIndex &index) -> std::optional<ImageRefsPayload::Image> {
            if (!checkIndex(index, CheckIndexOption::IndexIsValid))
                return std::nullopt;
            const Row &row = m_rows[index.row()];
            const QString &type = row.details.mediaType;
            return ImageRefsPayload::Image{referenceOf(row.tag), row.details.digest,
                                           row.details.platforms,
                                           type.contains(QStringLiteral("index")) ||
                                               type.contains(QStringLiteral("manifest.list"))};
        });
}

DropPlan RemoteTagsModel::planDrop(const QMimeData *data, int, int, const QModelIndex &) const
{
    if (m_repository.isEmpty())
        return {};
    return planFor(data, {DropTarget::Kind::Repository, m_domain, m_repository, {}});
}

} // namespace Berth::Ui
