// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineeventparser.h"

#include <limits>

namespace Berth::Engine {

namespace {

constexpr qint64 NanosPerSecond = 1000 * 1000 * 1000;

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

} // namespace

EngineEventParser::EngineEventParser(qsizetype maxLineBytes)
    : m_lines(maxLineBytes)
{}

QList<EngineEvent> EngineEventParser::feed(QByteArrayView data)
{
    return m_lines.feed(data, &fromJson);
}

QList<EngineEvent> EngineEventParser::finish()
{
    return m_lines.finish(&fromJson);
}

EngineEvent EngineEventParser::fromJson(const QJsonObject &object)
{
    EngineEvent event;
    event.type = stringField(object, QLatin1StringView("Type"));
    event.action = stringField(object, QLatin1StringView("Action"));
    const QJsonObject actor = object.value(QLatin1StringView("Actor")).toObject();
    event.actorId = stringField(actor, QLatin1StringView("ID"));
    const QJsonObject attributes = actor.value(QLatin1StringView("Attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        event.attributes.insert(it.key(), it.value().toString());
    event.scope = stringField(object, QLatin1StringView("scope"));
    // Engines before API 1.22 sent only the legacy fields; 1.52 dropped them.
    if (event.action.isEmpty())
        event.action = stringField(object, QLatin1StringView("status"));
    if (event.actorId.isEmpty())
        event.actorId = stringField(object, QLatin1StringView("id"));
    event.time = object.value(QLatin1StringView("time")).toInteger();
    event.timeNano = object.value(QLatin1StringView("timeNano")).toInteger();
    // Either time may be missing; the other stands in for it, within qint64.
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / NanosPerSecond;
    if (event.timeNano == 0 && event.time > 0 && event.time <= maxSeconds)
        event.timeNano = event.time * NanosPerSecond;
    if (event.time == 0)
        event.time = event.timeNano / NanosPerSecond;
    return event;
}

} // namespace Berth::Engine
