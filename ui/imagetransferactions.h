// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;
class QAction;

namespace Berth::Ui {

class DropActions;
class LocalImagesModel;
class RemoteTagsView;

// The keyboard's equivalents of the drops (docs/drag-and-drop.md). On the local images:
// Retag… (F2, a new name on the engine) and Push To… (a destination chosen over the
// Sources, then tag + push). On a repository's tags: Retag… (F2, a new tag in the
// repository) and Copy To… (a destination chosen over the Sources, the daemonless copy);
// their Pull is RemoteTagsView's. F2 acts where the focus is: each action belongs to its
// table.
class ImageTransferActions final : public QObject
{
    Q_OBJECT

public:
    ImageTransferActions(DropActions *run, QAbstractItemView *localView, LocalImagesModel *local,
                         RemoteTagsView *remote, QObject *parent = nullptr);

    QAction *retagLocalAction() const { return m_retagLocal; }
    QAction *pushToAction() const { return m_pushTo; }
    QAction *retagRemoteAction() const { return m_retagRemote; }
    QAction *copyToAction() const { return m_copyTo; }

private:
    QStringList selectedLocal(bool taggedOnly) const;
    QStringList selectedRemote() const;
    void updateActions();

    DropActions *m_run;
    QAbstractItemView *m_localView;
    LocalImagesModel *m_local;
    RemoteTagsView *m_remote;
    QAction *m_retagLocal;
    QAction *m_pushTo;
    QAction *m_retagRemote;
    QAction *m_copyTo;
};

} // namespace Berth::Ui
