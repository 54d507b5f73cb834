// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineprobe.h"

#include "engine/engineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Berth::Engine {

namespace {

constexpr qint64 VersionBodyCap = 64 * 1024;

} // namespace

EngineStatus EngineStatus::fromVersion(const KnownEngine &engine, const QByteArray &json)
{
    const QJsonObject version = QJsonDocument::fromJson(json).object();
    EngineStatus status;
    status.engine = engine;
    status.reachable = true;
    status.kind = QStringLiteral("Docker");
    status.version = version.value(QLatin1StringView("Version")).toString();
    status.apiVersion = version.value(QLatin1StringView("ApiVersion")).toString();
    for (const QJsonValue &value : version.value(QLatin1StringView("Components")).toArray()) {
        const QJsonObject component = value.toObject();
        const QString name = component.value(QLatin1StringView("Name")).toString();
        if (name == u"Podman Engine") {
            status.kind = QStringLiteral("Podman");
            status.version = component.value(QLatin1StringView("Version")).toString();
        } else if (name == u"Engine" && status.version.isEmpty()) {
            status.version = component.value(QLatin1StringView("Version")).toString();
        }
    }
    return status;
}

EngineProbe::EngineProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<EngineStatus>>();
}

void EngineProbe::probe(const QList<KnownEngine> &engines, std::chrono::milliseconds timeout)
{
    auto statuses = std::make_shared<QList<EngineStatus>>(engines.size());
    auto waiting = std::make_shared<qsizetype>(engines.size());
    if (engines.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished({}); }, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < engines.size(); ++i) {
        auto *client = new EngineClient(engines.at(i).endpoint, this);
        Http::HttpRequest request;
        request.target = "/version";
        request.idleTimeout = timeout;
        const KnownEngine engine = engines.at(i);
        client->callUnversioned(
            request, VersionBodyCap, this,
            [this, client, engine, i, statuses, waiting](const Result<EngineClient::Response> &r) {
                if (r) {
                    (*statuses)[i] = EngineStatus::fromVersion(engine, r->body);
                } else {
                    EngineStatus &status = (*statuses)[i];
                    status.engine = engine;
                    status.error = r.error().message();
                }
                client->deleteLater();
                if (--*waiting == 0)
                    Q_EMIT finished(*statuses);
            });
    }
}

} // namespace Berth::Engine
