// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/imagesummary.h"

#include "ui/droptargetmodel.h"
#include "ui/keyedtablemodel.h"

#include <QTimer>

#include <chrono>
#include <functional>

namespace Berth::Ui {

class DriftMonitor;

// The local engine's images, a row per tag as `docker images` shows them. Rows drag as
// Berth's image references (ImageRefsPayload); what is dropped on the table goes to the
// engine (a pull, a load, a new tag: DropPlanner), announced by dropRequested().
class LocalImagesModel final : public DroppableModel<KeyedTableModel<Engine::ImageTagRow>>
{
    Q_OBJECT

public:
    enum Column {
        RepositoryColumn,
        TagColumn,
        IdColumn,
        CreatedColumn,
        SizeColumn,
        DriftColumn, // whether the registry's tag still names this image (docs/drift.md)
        ColumnCount
    };

    explicit LocalImagesModel(QObject *parent = nullptr);

    // Replaces the rows by difference, never by a reset: removed rows are removed,
    // changed ones report dataChanged and new ones are inserted, so views keep their
    // selection and scroll position when the list is refreshed.
    void setRows(const QList<Engine::ImageTagRow> &rows);
    // "Now" for the Created column's "3 days ago"; tests pin it.
    void setNow(qint64 secondsSinceEpoch);
    // Where "now" comes from (seconds since the epoch); tests move it on by hand.
    void setClock(std::function<qint64()> clock);
    // How often the ages are read again; zero: each second while an age is in seconds,
    // else each minute, the finest step an age shows.
    void setAgeRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds ageRefreshInterval() const;
    // Where the Drift column's answers come from; none: the column stays empty.
    void setDriftMonitor(const DriftMonitor *monitor);

    // The engine the rows are on (its URL): the drags' source and the drops' target.
    void setEngine(const QString &url, const QString &label = {});
    QString engineUrl() const { return m_engineUrl; }

    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    DropPlan planDrop(const QMimeData *data, int row, int column,
                      const QModelIndex &parent) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A drop that can work: the window runs it.
    void dropRequested(const Berth::Ui::DropPlan &plan);

protected:
    void dropAccepted(const DropPlan &plan) override { Q_EMIT dropRequested(plan); }

private:
    QString rowKey(const Engine::ImageTagRow &row) const override;
    // Reads the clock, tells views the Created column changed, and sets the next reading.
    void refreshAges();
    QVariant drift(const Engine::ImageTagRow &row, int role) const;
    void driftChanged(const QString &reference);

    std::function<qint64()> m_clock;
    qint64 m_now = 0;
    QTimer m_ageTimer;
    std::chrono::milliseconds m_fixedAgeInterval{0};
    const DriftMonitor *m_drift = nullptr;
    QString m_engineUrl;
    QString m_engineLabel;
};

} // namespace Berth::Ui
