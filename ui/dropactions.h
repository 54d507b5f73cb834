// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "ui/dropplanner.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace Berth::Jobs {
class JobQueue;
}

namespace Berth::Ui {

class EcrPushAction;
class RegistrySettings;
class SourcesModel;

// Does what a drop or its keyboard equivalent asks (a DropPlan): asks for the new name
// where one is needed (RetagDialog, prefilled; Enter accepts), then queues the job that
// does it (tag + push, pull, the daemonless copy, the registry retag, load) or, for a
// local tag, asks the engine itself. Jobs follow the Jobs panel; `message` says the rest.
class DropActions final : public QObject
{
    Q_OBJECT

public:
    DropActions(Jobs::JobQueue *queue, EcrPushAction *ecrPush, SourcesModel *sources,
                QWidget *window);

    // The window's engine: jobs on it use its endpoint as chosen (an engine of the
    // Sources tree that is not the window's is reached by its URL).
    void setEndpoint(const Engine::EngineEndpoint &endpoint) { m_endpoint = endpoint; }
    // Settings ▸ Registries: the copies and retags use each registry's (RegistryJobSpec).
    void setRegistrySettings(std::shared_ptr<const RegistrySettings> settings)
    {
        m_registrySettings = std::move(settings);
    }

    void run(const DropPlan &plan);
    // The keyboard's ways: a new local name (Retag…, F2), a push or a copy to a destination
    // chosen over the Sources (Push To…, Copy To…), a new tag in the same repository.
    void askLocalTag(const QString &engineUrl, const QStringList &references);
    void askPushTo(const QString &engineUrl, const QString &reference);
    void askCopyTo(const QString &reference);
    void askRegistryRetag(const QString &reference);
    void pull(const QString &engineUrl, const QStringList &references);

Q_SIGNALS:
    // What happened, for the status bar ("Tagged alpine:3.19 as team/alpine:1").
    void message(const QString &text);

private:
    using Ask = std::function<void(const QString &source, const QString &prefilled,
                                   std::function<void()> next)>;
    // One dialog after another for several sources: the next opens when one closes.
    static void askEach(const QStringList &sources, const QStringList &prefilled, const Ask &ask,
                        int at = 0);
    class RetagDialog *openDialog(const QString &title, const QString &prompt,
                                  const QString &prefilled, const QString &acceptText,
                                  std::function<void()> closed);
    Engine::EngineEndpoint endpointOf(const QString &engineUrl) const;
    void tagLocal(const QString &engineUrl, const QString &source, const QString &target);
    void enqueueRetagAndPush(const QString &engineUrl, const QString &source,
                             const QString &target);
    void enqueueRegistry(bool retag, const QString &source, const QString &target);
    void enqueueLoad(const QString &engineUrl, const QString &file);

    Jobs::JobQueue *m_queue;
    EcrPushAction *m_ecrPush;
    SourcesModel *m_sources;
    QWidget *m_window;
    Engine::EngineEndpoint m_endpoint;
    std::shared_ptr<const RegistrySettings> m_registrySettings;
};

} // namespace Berth::Ui
