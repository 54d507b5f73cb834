// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/imagesummary.h"

#include "ui/keyedtablemodel.h"

namespace Berth::Ui {

// The local engine's images, a row per tag as `docker images` shows them.
class LocalImagesModel final : public KeyedTableModel<Engine::ImageTagRow>
{
    Q_OBJECT

public:
    enum Column { RepositoryColumn, TagColumn, IdColumn, CreatedColumn, SizeColumn, ColumnCount };

    explicit LocalImagesModel(QObject *parent = nullptr);

    // Replaces the rows by difference, never by a reset: removed rows are removed,
    // changed ones report dataChanged and new ones are inserted, so views keep their
    // selection and scroll position when the list is refreshed.
    void setRows(const QList<Engine::ImageTagRow> &rows);
    // "Now" for the Created column's "3 days ago"; tests pin it.
    void setNow(qint64 secondsSinceEpoch);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString rowKey(const Engine::ImageTagRow &row) const override;

    qint64 m_now = 0;
};

} // namespace Berth::Ui
