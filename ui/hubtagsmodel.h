// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/hubtypes.h"

#include <QAbstractTableModel>

namespace Berth::Ui {

// A Docker Hub repository's tags from Hub's API: no manifest per tag is needed, the list
// shows each tag's size, platforms and push date at once. ReferenceRole gives
// "repository:tag".
class HubTagsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TagColumn, SizeColumn, PlatformsColumn, PushedColumn, DigestColumn, ColumnCount };
    static constexpr int ReferenceRole = Qt::UserRole + 1;

    explicit HubTagsModel(QObject *parent = nullptr);

    void setTags(const QString &repository, const QList<Hub::HubTag> &tags);
    const QString &repository() const { return m_repository; }
    const QList<Hub::HubTag> &tags() const { return m_tags; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Rows drag as Berth's image references (docs/drag-and-drop.md): onto an engine they
    // pull, onto another registry they copy.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QString m_repository;
    QList<Hub::HubTag> m_tags;
};

} // namespace Berth::Ui
