// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "jobs/jobspec.h"

#include <QObject>

class QAbstractItemView;
class QAction;
class QWidget;

namespace Berth::Jobs {
class JobQueue;
}

namespace Berth::Ui {

// The image actions that start jobs: Pull… (asks for a reference), Push (the selected
// tags), Save… (the selected images into a tar), Load… (a tar) and Build… (BuildDialog). Each only
// builds a JobSpec and queues it; the Jobs dock shows what happens. Registries are reached
// anonymously for now.
class ImageJobActions final : public QObject
{
    Q_OBJECT

public:
    // imagesView: the table of local images whose selection Push and Save act on (its
    // model answers ReferenceRole); dialogs open over `window`.
    ImageJobActions(Jobs::JobQueue *queue, QAbstractItemView *imagesView, QWidget *window);

    // The engine the jobs run against; follows the window's.
    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    const Engine::EngineEndpoint &endpoint() const { return m_endpoint; }
    // Whether the engine answers: while it does not, no action starts a job that could
    // only fail.
    void setConnected(bool connected);

    QAction *pullAction() const { return m_pullAction; }
    QAction *pushAction() const { return m_pushAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *loadAction() const { return m_loadAction; }
    QAction *buildAction() const { return m_buildAction; }
    QList<QAction *> actions() const;
    // Queues the pull of a reference, as Pull… does (a remote tag's Pull).
    void pull(const QString &reference, const QString &platform = {})
    {
        enqueue(Jobs::JobKind::Pull, {reference}, {}, platform);
    }
    // The file name Save to File… suggests for an image: "alpine_3.19.tar" for alpine:3.19.
    static QString suggestedArchiveName(const QString &reference);
    // The selected rows' "repository:tag" of a table of local images, and the image id of an
    // untagged one unless taggedOnly.
    static QStringList selectedReferences(const QAbstractItemView *view, bool taggedOnly);

private:
    QStringList selectedReferences(bool taggedOnly) const
    {
        return selectedReferences(m_imagesView, taggedOnly);
    }
    void updateActions();
    void askPull();
    void pushSelected();
    void askSave();
    void askLoad();
    void askBuild();
    void enqueue(Jobs::JobKind kind, const QStringList &references, const QString &filePath = {},
                 const QString &platform = {});

    Jobs::JobQueue *m_queue;
    QAbstractItemView *m_imagesView;
    QWidget *m_window;
    Engine::EngineEndpoint m_endpoint;
    QAction *m_pullAction;
    QAction *m_pushAction;
    QAction *m_saveAction;
    QAction *m_loadAction;
    QAction *m_buildAction;
    bool m_connected = false;
};

} // namespace Berth::Ui
