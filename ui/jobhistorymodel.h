// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/historyentry.h"
#include "ui/keyedtablemodel.h"

namespace Berth::Ui {

// The job history the window and berthctl share, a row per job and attempt: earlier
// sessions' jobs, jobs a crash interrupted, and this session's finished ones. Rows come in
// the history's order (oldest first); a proxy sorts them. Replaced by difference, never by
// a reset.
class JobHistoryModel final : public KeyedTableModel<Jobs::HistoryEntry>
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ResultColumn,
        StartedColumn,
        DurationColumn,
        DetailColumn,
        EngineColumn, // the engine the job ran on; empty for registry-to-registry jobs
        ColumnCount
    };

    explicit JobHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<Jobs::HistoryEntry> &entries);
    // The entry behind a row; null for an invalid index.
    const Jobs::HistoryEntry *entry(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // A retried job has a row per attempt.
    QString rowKey(const Jobs::HistoryEntry &entry) const override
    {
        return entry.id + u'#' + QString::number(entry.attempt);
    }
    QVariant display(const Jobs::HistoryEntry &entry, int column) const;
    QVariant sortKey(const Jobs::HistoryEntry &entry, int column) const;
};

} // namespace Berth::Ui
