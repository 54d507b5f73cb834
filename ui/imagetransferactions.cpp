// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagetransferactions.h"

#include "ui/dropactions.h"
#include "ui/icons.h"
#include "ui/imagejobactions.h"
#include "ui/localimagesmodel.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

namespace Berth::Ui {

namespace {

QAction *makeAction(const QString &text, const QString &name, const QString &toolTip,
                    QWidget *owner, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setToolTip(toolTip);
    // Active while the focus is in its table: both tables have a Retag… on F2.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

ImageTransferActions::ImageTransferActions(DropActions *run, QAbstractItemView *localView,
                                           LocalImagesModel *local, RemoteTagsView *remote,
                                           QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_localView(localView)
    , m_local(local)
    , m_remote(remote)
{
    QTableView *tags = remote->table();
    m_retagLocal =
        makeAction(tr("Ret&ag…"), QStringLiteral("retagImageAction"),
                   tr("Give the selected image a new name on the engine (F2)"), localView, this);
    m_retagLocal->setShortcut(QKeySequence(Qt::Key_F2));
    m_retagLocal->setIcon(Icons::icon(Icons::Retag));
    m_pushTo = makeAction(tr("Push T&o…"), QStringLiteral("pushToAction"),
                          tr("Retag the selected image for a registry of the Sources and push it"),
                          localView, this);
    m_pushTo->setIcon(Icons::icon(Icons::Push));
    m_retagRemote =
        makeAction(tr("&Retag…"), QStringLiteral("retagTagAction"),
                   tr("Give the selected tag another tag in its repository (F2)"), tags, this);
    m_retagRemote->setShortcut(QKeySequence(Qt::Key_F2));
    m_retagRemote->setIcon(Icons::icon(Icons::Retag));
    m_copyTo = makeAction(tr("Copy &To…"), QStringLiteral("copyTagToAction"),
                          tr("Copy the selected tag to a registry of the Sources, without the "
                             "engine"),
                          tags, this);
    m_copyTo->setIcon(Icons::icon(Icons::Copy));

    connect(m_retagLocal, &QAction::triggered, this,
            [this] { m_run->askLocalTag(m_local->engineUrl(), selectedLocal(false)); });
    connect(m_pushTo, &QAction::triggered, this, [this] {
        if (const QStringList chosen = selectedLocal(true); !chosen.isEmpty())
            m_run->askPushTo(m_local->engineUrl(), chosen.first());
    });
    connect(m_retagRemote, &QAction::triggered, this, [this] {
        if (const QStringList chosen = selectedRemote(); chosen.size() == 1)
            m_run->askRegistryRetag(chosen.first());
    });
    connect(m_copyTo, &QAction::triggered, this, [this] {
        if (const QStringList chosen = selectedRemote(); chosen.size() == 1)
            m_run->askCopyTo(chosen.first());
    });
    connect(localView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImageTransferActions::updateActions);
    connect(localView->model(), &QAbstractItemModel::rowsRemoved, this,
            &ImageTransferActions::updateActions);
    connect(tags->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImageTransferActions::updateActions);
    connect(tags->model(), &QAbstractItemModel::rowsRemoved, this,
            &ImageTransferActions::updateActions);
    updateActions();
}

QStringList ImageTransferActions::selectedLocal(bool taggedOnly) const
{
    return ImageJobActions::selectedReferences(m_localView, taggedOnly);
}

QStringList ImageTransferActions::selectedRemote() const
{
    QStringList references;
    for (const QModelIndex &row : m_remote->table()->selectionModel()->selectedRows())
        references.append(row.data(RemoteTagsModel::ReferenceRole).toString());
    return references;
}

void ImageTransferActions::updateActions()
{
    m_retagLocal->setEnabled(!selectedLocal(false).isEmpty());
    m_pushTo->setEnabled(!selectedLocal(true).isEmpty());
    const int remote = int(selectedRemote().size());
    m_retagRemote->setEnabled(remote == 1);
    m_copyTo->setEnabled(remote == 1);
}

} // namespace Berth::Ui
