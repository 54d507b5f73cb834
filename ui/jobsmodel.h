// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobrecord.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Berth::Ui {

// The jobs of a JobQueue as a tree: a row per job in the order they were queued, and
// under it a row per layer while the daemon reports layers. Fed with the records the
// queue publishes (connect jobAdded, jobChanged, jobRemoved); every change arrives as
// row inserts, removes, moves and dataChanged, never a reset, so the view keeps its
// selection, expansion and scroll position while a dozen jobs report ten times a second.
class JobsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,    // job: "Pull alpine:3.19"; layer: its short id
        StateColumn,    // job: Queued, Running, ...; layer: the daemon's word
        ProgressColumn, // bytes done of total and %, drawn as a bar by JobProgressDelegate
        SpeedColumn,
        TimeLeftColumn,
        EngineColumn, // the engine the job ran on; empty for registry-to-registry jobs
        ColumnCount
    };

    explicit JobsModel(QObject *parent = nullptr);
    ~JobsModel() override;

    // Adds the job, or updates it when its id is known (a retried job keeps its id).
    void addJob(const Berth::Jobs::JobRecord &record);
    // Updates the job and its layer rows; adds it when its id is unknown.
    void updateJob(const Berth::Jobs::JobRecord &record);
    void removeJob(const QString &id);

    // The record behind a job row or a layer row (its job's); null for an invalid index.
    const Jobs::JobRecord *record(const QModelIndex &index) const;
    QModelIndex indexOfJob(const QString &id, int column = TitleColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;

    int rowOf(const Node *node) const;
    int rowOf(const QString &id) const;
    void syncLayers(int row, const QList<Engine::LayerProgress> &layers);
    void cellsChanged(const QModelIndex &rowIndex, const QList<int> &columns);
    QVariant jobData(const Node &node, int column, int role) const;
    QVariant layerData(const Node &node, int layer, int column, int role) const;

    // unique_ptr: a layer row's index points at its job's node, which must not move when
    // rows are inserted or removed around it.
    std::vector<std::unique_ptr<Node>> m_jobs;
};

} // namespace Berth::Ui
