// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/enginecontainers.h"

#include "engine/engineclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Berth::Engine {

namespace {
constexpr qint64 ListCap = 16 * 1024 * 1024;
constexpr qint64 SmallAnswer = 64 * 1024;

Http::HttpRequest request(const QByteArray &method, const QByteArray &target)
{
    Http::HttpRequest r;
    r.method = method;
    r.target = target;
    return r;
}

QByteArray containerPath(const QString &id)
{
    return "/containers/" + QUrl::toPercentEncoding(id);
}
} // namespace

EngineContainers::EngineContainers(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void EngineContainers::listByAncestor(const QString &image, QObject *context,
                                      Callback<QJsonArray> done)
{
    const QJsonObject filters{{QStringLiteral("ancestor"), QJsonArray{image}}};
    const QByteArray target = "/containers/json?all=1&filters=" +
                              QUrl::toPercentEncoding(QString::fromUtf8(
                                  QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    m_client->call(request("GET", target), ListCap, context,
                   [done](const Result<EngineClient::Response> &response) {
                       if (!response) {
                           done(response.error());
                           return;
                       }
                       const QJsonDocument document = QJsonDocument::fromJson(response->body);
                       if (!document.isArray()) {
                           done(Error(ErrorKind::Protocol,
                                      tr("the engine's container list is not a JSON array")));
                           return;
                       }
                       done(document.array());
                   });
}

void EngineContainers::stop(const QString &id, QObject *context, Callback<void> done)
{
    m_client->call(request("POST", containerPath(id) + "/stop"), SmallAnswer, context,
                   [done](const Result<EngineClient::Response> &response) {
                       if (!response)
                           done(response.error());
                       else
                           done({});
                   });
}

void EngineContainers::remove(const QString &id, bool force, QObject *context, Callback<void> done)
{
    m_client->call(request("DELETE", containerPath(id) + (force ? "?force=1" : "")), SmallAnswer,
                   context, [done](const Result<EngineClient::Response> &response) {
                       if (!response)
                           done(response.error());
                       else
                           done({});
                   });
}

} // namespace Berth::Engine
