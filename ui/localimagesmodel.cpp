// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/localimagesmodel.h"

#include "base/humanformat.h"
#include "reference/imagereference.h"
#include "registry/driftjudge.h"
#include "ui/badge.h"
#include "ui/driftmonitor.h"
#include "ui/drifttext.h"
#include "ui/imagemodelroles.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace Berth::Ui {

using Engine::ImageTagRow;

QString LocalImagesModel::rowKey(const ImageTagRow &row) const
{
    return row.repository + u':' + row.tag + u'@' + row.id;
}

LocalImagesModel::LocalImagesModel(QObject *parent)
    : DroppableModel(parent)
    , m_clock(&QDateTime::currentSecsSinceEpoch)
    , m_now(m_clock())
{
    m_ageTimer.setSingleShot(true);
    connect(&m_ageTimer, &QTimer::timeout, this, &LocalImagesModel::refreshAges);
}

void LocalImagesModel::setNow(qint64 secondsSinceEpoch)
{
    setClock([secondsSinceEpoch] { return secondsSinceEpoch; });
}

void LocalImagesModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    refreshAges();
}

void LocalImagesModel::setAgeRefreshInterval(std::chrono::milliseconds interval)
{
    m_fixedAgeInterval = interval;
    refreshAges();
}

std::chrono::milliseconds LocalImagesModel::ageRefreshInterval() const
{
    return m_ageTimer.intervalAsDuration();
}

// A list (F5, or one an engine event caused) reads the clock again too: the rows that did
// not change still show the ages of now.
void LocalImagesModel::setRows(const QList<ImageTagRow> &rows)
{
    replaceRows(rows);
    refreshAges();
}

// Tells views only when an age they show changed: a list the engine's events cause
// reports its own changes and no more.
void LocalImagesModel::refreshAges()
{
    const qint64 before = m_now;
    m_now = m_clock();
    const bool aged = std::any_of(rows().cbegin(), rows().cend(), [this, before](const auto &row) {
        return HumanFormat::age(row.created, before) != HumanFormat::age(row.created, m_now);
    });
    if (aged)
        columnChanged(CreatedColumn);
    if (rows().isEmpty()) {
        m_ageTimer.stop();
        return;
    }
    std::chrono::milliseconds interval = m_fixedAgeInterval;
    if (interval.count() <= 0) {
        const bool inSeconds =
            std::any_of(rows().cbegin(), rows().cend(),
                        [this](const ImageTagRow &row) { return m_now - row.created < 60; });
        interval = inSeconds ? std::chrono::seconds(1) : std::chrono::minutes(1);
    }
    m_ageTimer.start(interval);
}

void LocalImagesModel::setDriftMonitor(const DriftMonitor *monitor)
{
    if (m_drift)
        disconnect(m_drift, nullptr, this, nullptr);
    m_drift = monitor;
    if (monitor)
        connect(monitor, &DriftMonitor::answerChanged, this, &LocalImagesModel::driftChanged);
    columnChanged(DriftColumn);
}

void LocalImagesModel::driftChanged(const QString &reference)
{
    // "repository:tag" compared in place, without making the string of every row.
    for (int i = 0; i < rows().size(); ++i) {
        const ImageTagRow &row = rows().at(i);
        if (row.tag.size() + 1 + row.repository.size() == reference.size() &&
            reference.at(row.repository.size()) == u':' && reference.startsWith(row.repository) &&
            reference.endsWith(row.tag))
            Q_EMIT dataChanged(index(i, DriftColumn), index(i, DriftColumn));
    }
}

// The registry's last answer for the row's tag against its image's RepoDigests: judged
// here each time, so a pull that changes the image shows at once, without asking again.
QVariant LocalImagesModel::drift(const ImageTagRow &row, int role) const
{
    if (!m_drift || row.tag == u"<none>")
        return {};
    const QString reference = row.repository + u':' + row.tag;
    // The rows never asked (most of them, off screen) cost a lookup, not a parse: sorting by
    // this column reads every row many times.
    const auto answer = m_drift->answer(reference);
    if (!answer && !m_drift->isPending(reference))
        return {};
    const auto tag = Reference::ImageReference::parse(reference);
    if (!tag)
        return {};
    if (!answer) {
        if (role == Qt::DisplayRole)
            return DriftText::checking();
        if (role == Qt::ToolTipRole)
            return DriftText::checkingToolTip(*tag);
        return {};
    }
    const auto state = Registry::DriftJudge::ofLocalTag(*tag, row.repoDigests, *answer);
    switch (role) {
    case Qt::DisplayRole:
        return DriftText::label(state);
    case Qt::ToolTipRole:
        return DriftText::localToolTip(
            *tag, state, *answer,
            !Registry::DriftJudge::digestsFor(*tag, row.repoDigests).isEmpty());
    case BadgesRole:
        return QVariant::fromValue(Badges{{DriftText::label(state), DriftText::tone(state)}});
    case SortRole:
    case DriftRole:
        return int(state);
    default:
        return {};
    }
}

int LocalImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LocalImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageTagRow &row = rows().at(index.row());
    const bool driftRole = role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole ||
                           role == BadgesRole;
    if (role == DriftRole || (index.column() == DriftColumn && driftRole))
        return drift(row, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RepositoryColumn:
            return row.repository;
        case TagColumn:
            return row.tag;
        case IdColumn:
            return HumanFormat::shortId(row.id);
        case CreatedColumn:
            return HumanFormat::age(row.created, m_now);
        case SizeColumn:
            return HumanFormat::localeSize(row.size);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return row.created;
        case SizeColumn:
            return row.size;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RepositoryColumn: // whole, where the column elides it
            return row.repository;
        case TagColumn:
            return row.tag;
        case IdColumn:
            return row.id;
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(row.created),
                                      QLocale::LongFormat);
        case SizeColumn:
            return tr("%L1 bytes").arg(row.size);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ImageIdRole:
        return row.id;
    case ReferenceRole:
        return row.tag == u"<none>" ? row.id : row.repository + u':' + row.tag;
    }
    return {};
}

QVariant LocalImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel::headerData(section, orientation, role);
    switch (section) {
    case RepositoryColumn:
        return tr("Repository");
    case TagColumn:
        return tr("Tag");
    case IdColumn:
        return tr("Image ID");
    case CreatedColumn:
        return tr("Created");
    case SizeColumn:
        return tr("Size");
    case DriftColumn:
        return tr("Drift");
    }
    return {};
}

void LocalImagesModel::setEngine(const QString &url, const QString &label)
{
    m_engineUrl = url;
    m_engineLabel = label;
}

Qt::ItemFlags LocalImagesModel::flags(const QModelIndex &index) const
{
    // The table's empty part takes drops too: a drop goes to the engine, whatever the row.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return KeyedTableModel::flags(index) | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QMimeData *LocalImagesModel::mimeData(const QModelIndexList &indexes) const
{
    return ImageRefsPayload::rowsToMimeData(
        ImageRefsPayload::SourceKind::Engine, m_engineUrl, indexes,
        [](const QModelIndex &index) -> std::optional<ImageRefsPayload::Image> {
            return ImageRefsPayload::Image{index.siblingAtColumn(0).data(ReferenceRole).toString(),
                                           index.siblingAtColumn(0).data(ImageIdRole).toString(),
                                           {},
                                           false};
        });
}

DropPlan LocalImagesModel::planDrop(const QMimeData *data, int, int, const QModelIndex &) const
{
    return planFor(data, {DropTarget::Kind::Engine, m_engineUrl, {}, m_engineLabel});
}

} // namespace Berth::Ui
