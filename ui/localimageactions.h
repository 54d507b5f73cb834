// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "jobs/jobrecord.h"

#include <QMap>
#include <QObject>
#include <QThread>

#include <functional>

class QAbstractItemView;
class QAction;
class QWidget;

namespace Berth::Jobs {
class JobQueue;
}

namespace Berth::Ui {

class ImageUsersLookup;

// The local images' own actions that only berthctl had: Remove (the selected tags and
// untagged images, after a confirmation that lists them with their sizes and the containers
// that use them) and Prune Dangling (how much it frees before, what the engine freed after).
// Both run as jobs; a failure is said in the status bar (message()) and the Jobs panel,
// never in a modal box.
class LocalImageActions final : public QObject
{
    Q_OBJECT

public:
    // imagesView: the local images table (its model answers ReferenceRole, ImageIdRole and
    // the size column's SortRole); the confirmations open over `window`.
    LocalImageActions(Jobs::JobQueue *queue, QAbstractItemView *imagesView, QWidget *window);
    ~LocalImageActions() override;

    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    void setConnected(bool connected);

    QAction *removeAction() const { return m_removeAction; }
    QAction *pruneAction() const { return m_pruneAction; }
    QList<QAction *> actions() const { return {m_removeAction, m_pruneAction}; }

Q_SIGNALS:
    // What the window's status bar should say: a removal that failed, the space freed.
    void message(const QString &text);

private:
    struct Selected
    {
        QString reference; // repository:tag, or the id of an untagged image
        QString id;
        qint64 size = 0;
    };
    QList<Selected> selected() const;
    void updateActions();
    void askRemove();
    void confirmRemove(quint64 request, const QMap<QString, QStringList> &users,
                       const QString &problem);
    void askPrune();
    void ask(const QString &name, const QString &title, const QString &text, const QString &doIt,
             std::function<void()> then);
    void onJobFinished(const Jobs::JobRecord &job);

    Jobs::JobQueue *m_queue;
    QAbstractItemView *m_imagesView;
    QWidget *m_window;
    Engine::EngineEndpoint m_endpoint;
    QAction *m_removeAction;
    QAction *m_pruneAction;
    QThread m_thread;
    ImageUsersLookup *m_lookup;
    quint64 m_request = 0;
    QList<Selected> m_pending; // what the confirmation being prepared lists
    bool m_connected = false;
};

} // namespace Berth::Ui
