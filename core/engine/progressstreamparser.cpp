// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/progressstreamparser.h"

namespace Berth::Engine {

ProgressStreamParser::ProgressStreamParser(qsizetype maxLineBytes)
    : m_lines(maxLineBytes)
{}

QList<ProgressMessage> ProgressStreamParser::feed(QByteArrayView data)
{
    return m_lines.feed(data, &fromJson);
}

QList<ProgressMessage> ProgressStreamParser::finish()
{
    return m_lines.finish(&fromJson);
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
