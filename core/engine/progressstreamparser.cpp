// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/progressstreamparser.h"

namespace Berth::Engine {

ProgressStreamParser::ProgressStreamParser(qsizetype maxLineBytes)
    : m_lines(maxLineBytes)
{}

QList<ProgressMessage> ProgressStreamParser::feed(QByteArrayView data)
{
    return messages(m_lines.feed(data));
}

QList<ProgressMessage> ProgressStreamParser::finish()
{
    return messages(m_lines.finish());
}

QList<ProgressMessage> ProgressStreamParser::messages(const QList<QJsonObject> &objects)
{
    QList<ProgressMessage> out;
    out.reserve(objects.size());
    for (const QJsonObject &object : objects)
        out.append(fromJson(object));
    return out;
}

ProgressMessage ProgressStreamParser::fromJson(const QJsonObject &object)
{
    ProgressMessage message;
    message.status = object.value(QLatin1StringView("status")).toString();
    message.id = object.value(QLatin1StringView("id")).toString();
    const QJsonObject detail = object.value(QLatin1StringView("progressDetail")).toObject();
    if (detail.contains(QLatin1StringView("current")))
        message.current = detail.value(QLatin1StringView("current")).toInteger(-1);
    if (detail.contains(QLatin1StringView("total")))
        message.total = detail.value(QLatin1StringView("total")).toInteger(-1);
    message.stream = object.value(QLatin1StringView("stream")).toString();
    message.aux = object.value(QLatin1StringView("aux")).toObject();
    // errorDetail.message is the current form; "error" is deprecated since API 1.48.
    const QJsonObject errorDetail = object.value(QLatin1StringView("errorDetail")).toObject();
    message.errorMessage = errorDetail.value(QLatin1StringView("message")).toString();
    message.errorCode = errorDetail.value(QLatin1StringView("code")).toInt();
    if (message.errorMessage.isEmpty())
        message.errorMessage = object.value(QLatin1StringView("error")).toString();
    return message;
}

} // namespace Berth::Engine
