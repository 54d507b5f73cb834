// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/progressstreamparser.h"

#include <QJsonDocument>

namespace Berth::Engine {

ProgressStreamParser::ProgressStreamParser(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

QList<ProgressMessage> ProgressStreamParser::feed(QByteArrayView data)
{
    QList<ProgressMessage> out;
    while (!data.isEmpty() && !m_error) {
        const qsizetype newline = data.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? data : data.first(newline);
        // The cap is on the line's text: the "\r" of a "\r\n" ending does not count, so a
        // line is accepted or refused alike with either ending, wherever the input is split.
        const bool endsInCr = piece.isEmpty() ? m_partial.endsWith('\r') : piece.endsWith('\r');
        if (m_partial.size() + piece.size() - (endsInCr ? 1 : 0) > m_maxLineBytes) {
            m_error = Error(ErrorKind::Protocol,
                            tr("a progress line is longer than %1 bytes").arg(m_maxLineBytes));
            m_partial.clear();
            break;
        }
        if (newline < 0) {
            m_partial.append(piece);
            break;
        }
        if (m_partial.isEmpty()) {
            takeLine(piece, out);
        } else {
            m_partial.append(piece);
            const QByteArray line = std::exchange(m_partial, QByteArray());
            takeLine(line, out);
        }
        data = data.sliced(newline + 1);
    }
    return out;
}

QList<ProgressMessage> ProgressStreamParser::finish()
{
    QList<ProgressMessage> out;
    if (!m_error && !m_partial.isEmpty()) {
        const QByteArray line = std::exchange(m_partial, QByteArray());
        takeLine(line, out);
    }
    return out;
}

void ProgressStreamParser::takeLine(QByteArrayView line, QList<ProgressMessage> &out)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    QString problem;
    auto message = parseLine(line, &problem);
    if (!message) {
        m_error = Error(
            ErrorKind::Protocol,
            tr("the engine sent a progress line that is not a JSON object (%1)").arg(problem));
        return;
    }
    out.append(std::move(*message));
}

std::optional<ProgressMessage> ProgressStreamParser::parseLine(QByteArrayView line,
                                                               QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = tr("not an object");
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
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
