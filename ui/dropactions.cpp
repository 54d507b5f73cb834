// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dropactions.h"

#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "jobs/jobqueue.h"
#include "reference/imagereference.h"
#include "ui/ecrpushaction.h"
#include "ui/registryjobspec.h"
#include "ui/retagdialog.h"
#include "ui/sourcesmodel.h"

#include <QFileInfo>
#include <QTreeView>
#include <QWidget>

namespace Berth::Ui {

using Reference::ImageReference;

namespace {

QString domainOf(const QString &reference)
{
    const auto parsed = ImageReference::parse(reference);
    return parsed ? parsed->domain() : QString();
}

} // namespace

DropActions::DropActions(Jobs::JobQueue *queue, EcrPushAction *ecrPush, SourcesModel *sources,
                         QWidget *window)
    : QObject(window)
    , m_queue(queue)
    , m_ecrPush(ecrPush)
    , m_sources(sources)
    , m_window(window)
{}

void DropActions::run(const DropPlan &plan)
{
    switch (plan.action) {
    case DropPlan::Action::Refused:
        Q_EMIT message(plan.description);
        break;
    case DropPlan::Action::LocalTag:
        askLocalTag(plan.engineUrl, plan.sources);
        break;
    case DropPlan::Action::RetagAndPush:
        askEach(plan.sources, plan.destinations,
                [this, plan](const QString &source, const QString &prefilled,
                             std::function<void()> next) {
                    RetagDialog *dialog =
                        openDialog(tr("Retag and Push"), tr("Push %1 as:").arg(source), prefilled,
                                   tr("Retag and &Push"), std::move(next));
                    connect(dialog, &QDialog::accepted, this, [this, plan, source, dialog] {
                        enqueueRetagAndPush(plan.engineUrl, source, dialog->reference());
                    });
                });
        break;
    case DropPlan::Action::EcrPush:
        m_ecrPush->pushReference(plan.sources.value(0));
        break;
    case DropPlan::Action::Pull:
        pull(plan.engineUrl, plan.sources);
        break;
    case DropPlan::Action::RegistryCopy:
        for (int i = 0; i < plan.sources.size(); ++i)
            enqueueRegistry(false, plan.sources.at(i), plan.destinations.value(i));
        break;
    case DropPlan::Action::RegistryRetag:
        askRegistryRetag(plan.sources.value(0));
        break;
    case DropPlan::Action::Load:
        for (const QString &file : plan.sources)
            enqueueLoad(plan.engineUrl, file);
        break;
    }
}

void DropActions::askEach(const QStringList &sources, const QStringList &prefilled, const Ask &ask,
                          int at)
{
    if (at >= sources.size())
        return;
    ask(sources.at(at), prefilled.value(at, sources.at(at)),
        [sources, prefilled, ask, at] { askEach(sources, prefilled, ask, at + 1); });
}

RetagDialog *DropActions::openDialog(const QString &title, const QString &prompt,
                                     const QString &prefilled, const QString &acceptText,
                                     std::function<void()> closed)
{
    auto *dialog = new RetagDialog(title, prompt, prefilled, acceptText, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // After the accepted() handlers: the next dialog opens once this one's job is queued.
    connect(dialog, &QDialog::finished, this, [closed = std::move(closed)] {
        if (closed)
            closed();
    });
    dialog->open();
    return dialog;
}

void DropActions::askLocalTag(const QString &engineUrl, const QStringList &references)
{
    askEach(references, references,
            [this, engineUrl](const QString &source, const QString &prefilled,
                              std::function<void()> next) {
                RetagDialog *dialog =
                    openDialog(tr("Tag Image"), tr("New name for %1 on the engine:").arg(source),
                               prefilled, tr("&Tag"), std::move(next));
                dialog->setObjectName(QStringLiteral("tagDialog"));
                connect(dialog, &QDialog::accepted, this, [this, engineUrl, source, dialog] {
                    tagLocal(engineUrl, source, dialog->reference());
                });
            });
}

void DropActions::askPushTo(const QString &engineUrl, const QString &reference)
{
    RetagDialog *dialog = openDialog(tr("Push To"), tr("Push %1 as:").arg(reference), reference,
                                     tr("Retag and &Push"), {});
    dialog->setObjectName(QStringLiteral("pushToDialog"));
    dialog->offerDestinations(m_sources, [reference](const DropTarget &target) {
        return DropPlanner::destinationFor(reference, target);
    });
    connect(dialog, &QDialog::accepted, this, [this, engineUrl, reference, dialog] {
        enqueueRetagAndPush(engineUrl, reference, dialog->reference());
    });
}

void DropActions::askCopyTo(const QString &reference)
{
    RetagDialog *dialog =
        openDialog(tr("Copy To"), tr("Copy %1 to:").arg(reference), reference, tr("&Copy"), {});
    dialog->setObjectName(QStringLiteral("copyToDialog"));
    dialog->offerDestinations(m_sources, [reference](const DropTarget &target) {
        return DropPlanner::destinationFor(reference, target);
    });
    connect(dialog, &QDialog::accepted, this,
            [this, reference, dialog] { enqueueRegistry(false, reference, dialog->reference()); });
}

void DropActions::askRegistryRetag(const QString &reference)
{
    RetagDialog *dialog =
        openDialog(tr("Retag"), tr("New tag for %1 (the same registry):").arg(reference), reference,
                   tr("&Retag"), {});
    dialog->setObjectName(QStringLiteral("registryRetagDialog"));
    connect(dialog, &QDialog::accepted, this, [this, reference, dialog] {
        if (domainOf(dialog->reference()) != domainOf(reference)) {
            Q_EMIT message(
                tr("A retag stays in %1: Copy To… copies elsewhere").arg(domainOf(reference)));
            return;
        }
        enqueueRegistry(true, reference, dialog->reference());
    });
}

Engine::EngineEndpoint DropActions::endpointOf(const QString &engineUrl) const
{
    if (engineUrl.isEmpty() || engineUrl == m_endpoint.url())
        return m_endpoint;
    const auto parsed = Engine::EngineEndpoint::parse(engineUrl);
    return parsed ? *parsed : m_endpoint;
}

void DropActions::pull(const QString &engineUrl, const QStringList &references)
{
    for (const QString &reference : references) {
        Jobs::JobSpec spec;
        spec.kind = Jobs::JobKind::Pull;
        spec.endpoint = endpointOf(engineUrl);
        spec.references = {reference};
        spec.login = {domainOf(reference), {}};
        m_queue->enqueue(spec);
    }
}

void DropActions::tagLocal(const QString &engineUrl, const QString &source, const QString &target)
{
    const auto parsed = ImageReference::parse(target);
    if (!parsed) {
        Q_EMIT message(parsed.error().message());
        return;
    }
    // A tag is one quick request: no job, the engine's answer in the status bar.
    auto *client = new Engine::EngineClient(endpointOf(engineUrl), this);
    auto *images = new Engine::EngineImages(client, client);
    images->tag(source, *parsed, this, [this, client, source, target](const Result<void> &done) {
        client->deleteLater();
        Q_EMIT message(
            done ? tr("Tagged %1 as %2").arg(source, target)
                 : tr("Could not tag %1 as %2: %3").arg(source, target, done.error().message()));
    });
}

void DropActions::enqueueRetagAndPush(const QString &engineUrl, const QString &source,
                                      const QString &target)
{
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Retag;
    spec.endpoint = endpointOf(engineUrl);
    spec.references = {source, target};
    spec.login = {domainOf(target), {}};
    m_queue->enqueue(spec);
}

void DropActions::enqueueRegistry(bool retag, const QString &source, const QString &target)
{
    m_queue->enqueue(
        RegistryJobSpec::make(retag ? Jobs::JobKind::RegistryRetag : Jobs::JobKind::RegistryCopy,
                              m_endpoint, source, target, m_registrySettings.get()));
}

void DropActions::enqueueLoad(const QString &engineUrl, const QString &file)
{
    Jobs::JobSpec spec;
    spec.kind = Jobs::JobKind::Load;
    spec.endpoint = endpointOf(engineUrl);
    spec.filePath = file;
    m_queue->enqueue(spec);
    Q_EMIT message(tr("Loading %1 (see the Jobs panel)").arg(QFileInfo(file).fileName()));
}

} // namespace Berth::Ui
