// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace Berth {

// Writes one flat JSON object as a line of compact JSON, straight into bytes. berthctl prints
// thousands of such lines (`images ls --json` over an engine's tags); building a QJsonObject
// and a QJsonDocument for each cost a third of the command's CPU time. The output is what
// QJsonDocument::Compact writes for the same fields given in the same (sorted) order.
class JsonLineWriter final
{
public:
    explicit JsonLineWriter(QByteArray &out);

    JsonLineWriter &field(QLatin1StringView key, QStringView value);
    JsonLineWriter &field(QLatin1StringView key, qint64 value);
    // Closes the object and the line; the writer may then start the next line.
    void endLine();

    // A JSON string literal, with the escapes RFC 8259 requires (and no others).
    static void appendString(QByteArray &out, QStringView value);

private:
    void key(QLatin1StringView key);

    QByteArray &m_out;
    bool m_open = false;
};

} // namespace Berth
