// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imageuserslookup.h"

#include "engine/engineclient.h"
#include "engine/enginecontainers.h"
#include "ui/imagedetailsparser.h"

#include <memory>

namespace Berth::Ui {

namespace {
struct Answers
{
    QMap<QString, QStringList> users;
    QString problem;
    qsizetype pending = 0;
};
} // namespace

void ImageUsersLookup::lookUp(quint64 request, const Engine::EngineEndpoint &endpoint,
                              const QStringList &ids)
{
    if (ids.isEmpty()) {
        Q_EMIT found(request, {}, {});
        return;
    }
    auto *context = new QObject(this);
    auto *client = new Engine::EngineClient(endpoint, context);
    auto *containers = new Engine::EngineContainers(client, context);
    auto answers = std::make_shared<Answers>();
    answers->pending = ids.size();
    for (const QString &id : ids) {
        containers->listByAncestor(
            id, context, [this, request, context, answers, id](const Result<QJsonArray> &list) {
                if (!list) {
                    answers->problem = tr("Which containers use %1 could not be read: %2")
                                           .arg(id.left(19), list.error().message());
                } else {
                    for (const ContainerInfo &container : ImageDetailsParser::containers(*list))
                        answers->users[id].append(
                            tr("%1 (%2)").arg(container.name, container.state));
                }
                if (--answers->pending > 0)
                    return;
                context->deleteLater();
                Q_EMIT found(request, answers->users, answers->problem);
            });
    }
}

} // namespace Berth::Ui
