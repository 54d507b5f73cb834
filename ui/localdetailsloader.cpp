// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/localdetailsloader.h"

#include "base/humanformat.h"
#include "engine/engineclient.h"
#include "engine/enginecontainers.h"
#include "engine/engineimages.h"
#include "ui/imagedetailsparser.h"

#include <memory>
#include <optional>

namespace Berth::Ui {

namespace {
// The three answers of one load, gathered as they come.
struct Answers
{
    std::optional<Result<QJsonObject>> inspect;
    std::optional<Result<QJsonArray>> history;
    std::optional<Result<QJsonArray>> containers;
    bool complete() const { return inspect && history && containers; }
};
} // namespace

QObject *LocalDetailsLoader::newContext()
{
    delete m_context;
    m_context = new QObject(this);
    return m_context;
}

void LocalDetailsLoader::load(quint64 request, const Engine::EngineEndpoint &endpoint,
                              const QString &imageId)
{
    QObject *context = newContext();
    auto *client = new Engine::EngineClient(endpoint, context);
    auto *images = new Engine::EngineImages(client, context);
    auto *containers = new Engine::EngineContainers(client, context);
    auto answers = std::make_shared<Answers>();
    const auto finishIfComplete = [this, request, imageId, answers] {
        if (!answers->complete())
            return;
        const Result<QJsonObject> &inspect = *answers->inspect;
        if (!inspect) {
            Q_EMIT failed(request, inspect.error().kind() == ErrorKind::NotFound
                                       ? tr("The image %1 is no longer on the engine.")
                                             .arg(HumanFormat::shortId(imageId))
                                       : tr("The engine did not give the image's details: %1")
                                             .arg(inspect.error().message()));
            return;
        }
        const Result<QJsonArray> &history = *answers->history;
        const Result<QJsonArray> &list = *answers->containers;
        ImageDetails details = ImageDetailsParser::fromEngine(
            *inspect, history ? *history : QJsonArray(),
            list ? std::optional<QJsonArray>(*list) : std::nullopt,
            list ? QString()
                 : tr("The containers of this image could not be listed: %1")
                       .arg(list.error().message()));
        if (!history)
            details.problems.append(tr("The engine did not give the image's history: %1")
                                        .arg(history.error().message()));
        Q_EMIT loaded(request, details);
    };
    images->inspect(imageId, context, [answers, finishIfComplete](const Result<QJsonObject> &r) {
        answers->inspect = r;
        finishIfComplete();
    });
    images->history(imageId, context, [answers, finishIfComplete](const Result<QJsonArray> &r) {
        answers->history = r;
        finishIfComplete();
    });
    containers->listByAncestor(imageId, context,
                               [answers, finishIfComplete](const Result<QJsonArray> &r) {
                                   answers->containers = r;
                                   finishIfComplete();
                               });
}

void LocalDetailsLoader::loadContainers(quint64 request, const Engine::EngineEndpoint &endpoint,
                                        const QString &imageId)
{
    // Its own parent: a full load() meanwhile must not lose this answer, nor this one the load's.
    auto *context = new QObject(this);
    auto *client = new Engine::EngineClient(endpoint, context);
    auto *containers = new Engine::EngineContainers(client, context);
    containers->listByAncestor(
        imageId, context, [this, request, context](const Result<QJsonArray> &list) {
            context->deleteLater();
            if (!list) {
                Q_EMIT containersFailed(request,
                                        tr("The containers of this image could not be listed: %1")
                                            .arg(list.error().message()));
                return;
            }
            Q_EMIT containersLoaded(request, ImageDetailsParser::containers(*list));
        });
}

} // namespace Berth::Ui
