// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobhistorymodel.h"

#include "base/humanformat.h"
#include "jobs/jobspec.h"
#include "jobs/jobstate.h"
#include "ui/jobmodelroles.h"

#include <QLocale>

#include <limits>

namespace Berth::Ui {

using Jobs::HistoryEntry;

namespace {

QString title(const HistoryEntry &entry)
{
    // The endpoint plays no part in the title.
    const auto spec = Jobs::JobSpec::fromHistory(entry, {});
    const QString text =
        spec ? spec->title() : (QStringList{entry.kind} + entry.references).join(u' ');
    return entry.attempt > 1 ? JobHistoryModel::tr("%1 (attempt %2)").arg(text).arg(entry.attempt)
                             : text;
}

QString resultText(const HistoryEntry &entry)
{
    const auto state = Jobs::stateFromName(entry.result);
    return state ? Jobs::stateText(*state) : entry.result;
}

// Seconds the job ran; -1 while it has not ended (or never started).
qint64 durationSeconds(const HistoryEntry &entry)
{
    if (!entry.start.isValid() || !entry.end.isValid())
        return -1;
    return entry.start.secsTo(entry.end);
}

} // namespace

JobHistoryModel::JobHistoryModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void JobHistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    replaceRows(entries);
}

const HistoryEntry *JobHistoryModel::entry(const QModelIndex &index) const
{
    // The dock asks for the current row's entry, and there is none until the user picks one.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &rows().at(index.row());
}

int JobHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobHistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *entry = this->entry(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StartedColumn && entry->start.isValid())
            return QLocale().toString(entry->start.toLocalTime(), QLocale::LongFormat);
        if (!entry->error.isEmpty())
            return entry->error;
        return entry->digest.isEmpty() ? QVariant() : QVariant(entry->digest);
    case JobSortRole:
        return sortKey(*entry, index.column());
    case JobIdRole:
        return entry->id;
    case JobStateRole:
        if (const auto state = Jobs::stateFromName(entry->result))
            return int(*state);
        return {};
    case ErrorTextRole:
        return entry->error;
    }
    return {};
}

QVariant JobHistoryModel::display(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case TitleColumn:
        return title(entry);
    case ResultColumn:
        return resultText(entry);
    case StartedColumn:
        return entry.start.isValid()
                   ? QLocale().toString(entry.start.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case DurationColumn: {
        const qint64 seconds = durationSeconds(entry);
        return seconds < 0 ? QString() : HumanFormat::duration(seconds);
    }
    case DetailColumn:
        return entry.detail();
    case EngineColumn:
        return entry.engine;
    }
    return {};
}

QVariant JobHistoryModel::sortKey(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case StartedColumn:
        // A job that never started is the newest: it was queued last.
        return entry.start.isValid() ? entry.start.toMSecsSinceEpoch()
                                     : std::numeric_limits<qint64>::max();
    case DurationColumn:
        return durationSeconds(entry);
    default:
        return display(entry, column);
    }
}

QVariant JobHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case ResultColumn:
        return tr("Result");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Took");
    case DetailColumn:
        return tr("Digest or error");
    case EngineColumn:
        return tr("Engine");
    }
    return {};
}

} // namespace Berth::Ui
