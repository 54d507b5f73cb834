// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobsmodel.h"

#include "base/humanformat.h"
#include "ui/jobmodelroles.h"

#include <QSet>

namespace Berth::Ui {

using Engine::LayerProgress;
using Jobs::JobRecord;
using Jobs::JobState;

struct JobsModel::Node
{
    // progress.layers holds exactly the layer rows the view knows, in their order.
    JobRecord record;
};

namespace {

// The columns of a job row whose data differ between two records of the job.
QList<int> changedColumns(const JobRecord &a, const JobRecord &b)
{
    const Jobs::JobProgress &p = a.progress;
    const Jobs::JobProgress &q = b.progress;
    const auto message = [](const JobRecord &r) {
        return r.error ? r.error->message() : QString();
    };
    // The tool tip (error or status) is on every column.
    if (message(a) != message(b) || p.status != q.status)
        return {JobsModel::TitleColumn, JobsModel::StateColumn,    JobsModel::ProgressColumn,
                JobsModel::SpeedColumn, JobsModel::TimeLeftColumn, JobsModel::EngineColumn};
    QList<int> columns;
    if (a.attempt != b.attempt || a.spec.kind != b.spec.kind ||
        a.spec.references != b.spec.references || a.spec.filePath != b.spec.filePath)
        columns.append(JobsModel::TitleColumn);
    const bool state = a.state != b.state;
    if (state)
        columns.append(JobsModel::StateColumn);
    if (state || p.bytesDone != q.bytesDone || p.bytesTotal != q.bytesTotal)
        columns.append(JobsModel::ProgressColumn);
    if (state || p.bytesPerSecond != q.bytesPerSecond)
        columns.append(JobsModel::SpeedColumn);
    if (state || p.etaSeconds != q.etaSeconds)
        columns.append(JobsModel::TimeLeftColumn);
    if (a.spec.endpoint.url() != b.spec.endpoint.url())
        columns.append(JobsModel::EngineColumn);
    return columns;
}

QList<int> changedColumns(const LayerProgress &a, const LayerProgress &b)
{
    QList<int> columns;
    if (a.state != b.state)
        columns.append(JobsModel::StateColumn);
    if (a.current != b.current || a.total != b.total || a.done != b.done)
        columns.append(JobsModel::ProgressColumn);
    return columns;
}

// The daemon names each layer once; a repeated id would make two rows of one layer.
QList<LayerProgress> uniqueLayers(const QList<LayerProgress> &layers)
{
    QList<LayerProgress> out;
    QSet<QString> seen;
    for (const LayerProgress &layer : layers) {
        if (!seen.contains(layer.id)) {
            seen.insert(layer.id);
            out.append(layer);
        }
    }
    return out;
}

double fraction(qint64 done, qint64 total, bool complete)
{
    if (complete)
        return 1.0;
    if (total <= 0)
        return -1.0;
    return qBound(0.0, double(done) / double(total), 1.0);
}

QString progressText(qint64 done, qint64 total)
{
    if (total > 0) {
        const int percent = int(fraction(done, total, false) * 100.0);
        return JobsModel::tr("%1 of %2 (%3%)", "bytes done of total (percent)")
            .arg(HumanFormat::localeSize(done), HumanFormat::localeSize(total))
            .arg(percent);
    }
    if (done > 0)
        return HumanFormat::localeSize(done);
    return {};
}

QVariant rightAligned()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

JobsModel::JobsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

JobsModel::~JobsModel() = default;

void JobsModel::addJob(const JobRecord &record)
{
    if (rowOf(record.id) >= 0) {
        updateJob(record);
        return;
    }
    const int row = int(m_jobs.size());
    auto node = std::make_unique<Node>();
    node->record = record;
    // Layers come in through syncLayers, as inserts under the new row.
    node->record.progress.layers.clear();
    beginInsertRows({}, row, row);
    m_jobs.push_back(std::move(node));
    endInsertRows();
    syncLayers(row, record.progress.layers);
}

void JobsModel::updateJob(const JobRecord &record)
{
    const int row = rowOf(record.id);
    if (row < 0) {
        addJob(record);
        return;
    }
    Node &node = *m_jobs.at(size_t(row));
    const QList<int> columns = changedColumns(node.record, record);
    QList<LayerProgress> shown = std::move(node.record.progress.layers);
    node.record = record;
    node.record.progress.layers = std::move(shown);
    cellsChanged(index(row, 0), columns);
    syncLayers(row, record.progress.layers);
}

void JobsModel::removeJob(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_jobs.erase(m_jobs.begin() + row);
    endRemoveRows();
}

// Turns the layer rows under `row` into `incoming` with removes, moves, inserts and
// dataChanged, in that order, touching only the rows that differ.
void JobsModel::syncLayers(int row, const QList<LayerProgress> &incomingLayers)
{
    const QList<LayerProgress> incoming = uniqueLayers(incomingLayers);
    QList<LayerProgress> &held = m_jobs.at(size_t(row))->record.progress.layers;
    const QModelIndex parent = index(row, 0);

    QSet<QString> incomingIds;
    for (const LayerProgress &layer : incoming)
        incomingIds.insert(layer.id);
    for (qsizetype last = held.size() - 1; last >= 0;) {
        if (incomingIds.contains(held.at(last).id)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !incomingIds.contains(held.at(first - 1).id))
            --first;
        beginRemoveRows(parent, int(first), int(last));
        held.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    QSet<QString> heldIds;
    for (const LayerProgress &layer : std::as_const(held))
        heldIds.insert(layer.id);
    // held[0, i) already equals incoming[0, i).
    for (qsizetype i = 0; i < incoming.size();) {
        const LayerProgress &wanted = incoming.at(i);
        if (i < held.size() && held.at(i).id == wanted.id) {
            const QList<int> columns = changedColumns(held.at(i), wanted);
            if (!columns.isEmpty()) {
                held[i] = wanted;
                cellsChanged(index(int(i), 0, parent), columns);
            }
            ++i;
            continue;
        }
        if (!heldIds.contains(wanted.id)) {
            qsizetype end = i + 1;
            while (end < incoming.size() && !heldIds.contains(incoming.at(end).id))
                ++end;
            beginInsertRows(parent, int(i), int(end - 1));
            for (qsizetype k = i; k < end; ++k) {
                held.insert(k, incoming.at(k));
                heldIds.insert(incoming.at(k).id);
            }
            endInsertRows();
            i = end;
            continue;
        }
        // A known layer further down: move it up here, then compare it on the next turn.
        qsizetype from = i + 1;
        while (held.at(from).id != wanted.id)
            ++from;
        beginMoveRows(parent, int(from), int(from), parent, int(i));
        held.move(from, i);
        endMoveRows();
    }
}

// One dataChanged per cell, not one for the row: a view repaints a changed cell alone,
// but for a range Qt 6.4's views repaint their whole viewport, which is most of the GUI
// thread's work while a dozen jobs report ten times a second.
void JobsModel::cellsChanged(const QModelIndex &rowIndex, const QList<int> &columns)
{
    for (const int column : columns) {
        const QModelIndex cell = rowIndex.siblingAtColumn(column);
        Q_EMIT dataChanged(cell, cell);
    }
}

const JobRecord *JobsModel::record(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    if (const auto *node = static_cast<const Node *>(index.internalPointer()))
        return &node->record;
    return &m_jobs.at(size_t(index.row()))->record;
}

QModelIndex JobsModel::indexOfJob(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

int JobsModel::rowOf(const Node *node) const
{
    for (size_t row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs[row].get() == node)
            return int(row);
    }
    return -1;
}

int JobsModel::rowOf(const QString &id) const
{
    for (size_t row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs[row]->record.id == id)
            return int(row);
    }
    return -1;
}

// Job rows carry no pointer; a layer row points at its job's node.
QModelIndex JobsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column);
    return createIndex(row, column, m_jobs.at(size_t(parent.row())).get());
}

QModelIndex JobsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOf(static_cast<const Node *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_jobs.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0; // layer rows have no children; only the first column has any
    return int(m_jobs.at(size_t(parent.row()))->record.progress.layers.size());
}

int JobsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto *node = static_cast<const Node *>(index.internalPointer()))
        return layerData(*node, index.row(), index.column(), role);
    return jobData(*m_jobs.at(size_t(index.row())), index.column(), role);
}

QVariant JobsModel::jobData(const Node &node, int column, int role) const
{
    const JobRecord &job = node.record;
    const Jobs::JobProgress &progress = job.progress;
    const bool running = job.state == JobState::Running;
    const double done =
        fraction(progress.bytesDone, progress.bytesTotal, job.state == JobState::Succeeded);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return job.attempt > 1 ? tr("%1 (attempt %2)").arg(job.spec.title()).arg(job.attempt)
                                   : job.spec.title();
        case StateColumn:
            return Jobs::stateText(job.state);
        case ProgressColumn:
            return progressText(progress.bytesDone, progress.bytesTotal);
        case SpeedColumn:
            if (running && progress.bytesPerSecond > 0)
                return tr("%1/s", "transfer speed")
                    .arg(HumanFormat::localeSize(qint64(progress.bytesPerSecond)));
            return {};
        case TimeLeftColumn:
            if (running && progress.etaSeconds >= 0)
                return HumanFormat::duration(progress.etaSeconds);
            return {};
        case EngineColumn:
            return job.spec.isRegistryKind() ? QString() : job.spec.endpoint.url();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == EngineColumn && !job.spec.isRegistryKind())
            return job.spec.endpoint.url(); // the whole address, elided in the cell
        if (job.error)
            return job.error->message();
        return progress.status.isEmpty() ? QVariant() : QVariant(progress.status);
    case Qt::TextAlignmentRole:
        return column == SpeedColumn || column == TimeLeftColumn ? rightAligned() : QVariant();
    case JobSortRole:
        switch (column) {
        case StateColumn:
            return int(job.state);
        case ProgressColumn:
            return done;
        case SpeedColumn:
            return progress.bytesPerSecond;
        case TimeLeftColumn:
            return progress.etaSeconds;
        default:
            return jobData(node, column, Qt::DisplayRole);
        }
    case JobIdRole:
        return job.id;
    case JobStateRole:
        return int(job.state);
    case FractionRole:
        return done;
    case BytesDoneRole:
        return progress.bytesDone;
    case BytesTotalRole:
        return progress.bytesTotal;
    case ErrorTextRole:
        return job.error ? job.error->message() : QString();
    }
    return {};
}

QVariant JobsModel::layerData(const Node &node, int layer, int column, int role) const
{
    const LayerProgress &progress = node.record.progress.layers.at(layer);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return progress.id;
        case StateColumn:
            return progress.state;
        case ProgressColumn:
            return progressText(progress.current, progress.total);
        }
        return {};
    case Qt::ToolTipRole:
        return column == StateColumn ? QVariant(progress.state) : QVariant();
    case JobSortRole:
        return column == ProgressColumn ? QVariant(progress.current)
                                        : layerData(node, layer, column, Qt::DisplayRole);
    case JobIdRole:
        return node.record.id;
    case LayerIdRole:
        return progress.id;
    case FractionRole:
        return fraction(progress.current, progress.total, progress.done);
    case BytesDoneRole:
        return progress.current;
    case BytesTotalRole:
        return progress.total;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case EngineColumn:
        return tr("Engine");
    }
    return {};
}

} // namespace Berth::Ui
