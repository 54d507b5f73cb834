// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/jsonlinessplitter.h"

#include <QJsonDocument>

namespace Berth::Engine {

JsonLinesSplitter::JsonLinesSplitter(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

QList<QJsonObject> JsonLinesSplitter::feed(QByteArrayView data)
{
    QList<QJsonObject> out;
    while (!data.isEmpty() && !m_error) {
        const qsizetype newline = data.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? data : data.first(newline);
        // The cap is on the line's text: the "\r" of a "\r\n" ending does not count, so a
        // line is accepted or refused alike with either ending, wherever the input is split.
        const bool endsInCr = piece.isEmpty() ? m_partial.endsWith('\r') : piece.endsWith('\r');
        if (m_partial.size() + piece.size() - (endsInCr ? 1 : 0) > m_maxLineBytes) {
            m_error = Error(ErrorKind::Protocol,
                            tr("the engine sent a line longer than %1 bytes").arg(m_maxLineBytes));
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

QList<QJsonObject> JsonLinesSplitter::finish()
{
    QList<QJsonObject> out;
    if (!m_error && !m_partial.isEmpty()) {
        const QByteArray line = std::exchange(m_partial, QByteArray());
        takeLine(line, out);
    }
    return out;
}

void JsonLinesSplitter::takeLine(QByteArrayView line, QList<QJsonObject> &out)
{
    line = line.trimmed();
    if (line.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString problem = parseError.error != QJsonParseError::NoError
                                    ? parseError.errorString()
                                    : tr("not an object");
        m_error = Error(ErrorKind::Protocol,
                        tr("the engine sent a line that is not a JSON object (%1)").arg(problem));
        return;
    }
    out.append(doc.object());
}

} // namespace Berth::Engine
