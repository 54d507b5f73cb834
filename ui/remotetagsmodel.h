// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/imagesummary.h"
#include "ui/droptargetmodel.h"
#include "ui/tagdetails.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace Berth::Ui {

// The tags of one remote repository: names as the tag list's pages arrive, details when a
// loader has them. Data only; RemoteTagsLoader fetches. Rows drag as Berth's image
// references; what is dropped on the table goes to this repository (DropPlanner),
// announced by dropRequested().
class RemoteTagsModel final : public DroppableModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        TagColumn,
        DigestColumn,
        MediaTypeColumn,
        SizeColumn,
        PlatformsColumn,
        CreatedColumn,
        LocalColumn, // whether the engine holds the image the tag names (docs/drift.md)
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // the value a column sorts by (bytes, a date)
        TagRole,                    // the tag's name
        ReferenceRole,              // domain/repository:tag
        HasDetailsRole,             // details arrived (or failed)
        DriftRole, // Registry::DriftState as an int: InSync, Behind or NotLocal; invalid before
                   // details
    };

    explicit RemoteTagsModel(QObject *parent = nullptr);

    // Another repository: every row goes.
    void setRepository(const QString &domain, const QString &repository);
    QString domain() const { return m_domain; }
    QString repository() const { return m_repository; }
    // Tags in any order (fastest sorted): each goes to its place in tag order, so the rows
    // are always sorted by tag and the view needs no sorting proxy for its default order.
    // Names already listed are skipped.
    void addTags(const QStringList &tags);
    // The whole list once loaded again: rows whose tag is gone are removed.
    void keepOnly(const QStringList &tags);
    void setDetails(const QString &tag, const TagDetails &details);
    void setDetailsError(const QString &tag, const QString &reason);
    // The engine's images (its latest list), which the Local column compares with.
    void setLocalImages(const QList<Engine::ImageTagRow> &rows);
    QString tagAt(int row) const;
    bool hasDetails(int row) const;
    QString referenceOf(const QString &tag) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    DropPlan planDrop(const QMimeData *data, int row, int column,
                      const QModelIndex &parent) const override;

Q_SIGNALS:
    // A drop that can work: the window runs it.
    void dropRequested(const Berth::Ui::DropPlan &plan);

protected:
    void dropAccepted(const DropPlan &plan) override { Q_EMIT dropRequested(plan); }

private:
    struct Row
    {
        QString tag;
        TagDetails details;
        QString error;
        bool done = false;
    };

    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;
    // The row of a tag, or -1.
    int rowOf(const QString &tag) const;
    QVariant local(const Row &row, int role) const;
    // What the engine holds of this repository, from m_localImages.
    void indexLocalImages();

    QString m_domain;
    QString m_repository;
    QList<Row> m_rows; // in tag order, each tag once
    QList<Engine::ImageTagRow> m_localImages;
    QHash<QString, QStringList> m_localTagDigests; // a local tag of this repository: its digests
    QSet<QString> m_localDigests; // every digest the engine holds for this repository
};

} // namespace Berth::Ui
