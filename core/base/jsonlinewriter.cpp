// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/jsonlinewriter.h"

namespace Berth {

JsonLineWriter::JsonLineWriter(QByteArray &out)
    : m_out(out)
{}

void JsonLineWriter::key(QLatin1StringView key)
{
    m_out += m_open ? ',' : '{';
    m_open = true;
    m_out += '"';
    m_out += key; // keys are the program's own ASCII words: nothing to escape
    m_out += "\":";
}

JsonLineWriter &JsonLineWriter::field(QLatin1StringView name, QStringView value)
{
    key(name);
    appendString(m_out, value);
    return *this;
}

JsonLineWriter &JsonLineWriter::field(QLatin1StringView name, qint64 value)
{
    key(name);
    m_out += QByteArray::number(value);
    return *this;
}

void JsonLineWriter::endLine()
{
    m_out += m_open ? "}\n" : "{}\n";
    m_open = false;
}

void JsonLineWriter::appendString(QByteArray &out, QStringView value)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0;
    // Runs of characters that need no escape are converted to UTF-8 in one go.
    auto flush = [&](qsizetype to) {
        if (to > plainFrom)
            out += value.mid(plainFrom, to - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plainFrom = i + 1;
        out += '\\';
        switch (c) {
        case u'"':
            out += '"';
            break;
        case u'\\':
            out += '\\';
            break;
        case u'\b':
            out += 'b';
            break;
        case u'\f':
            out += 'f';
            break;
        case u'\n':
            out += 'n';
            break;
        case u'\r':
            out += 'r';
            break;
        case u'\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    flush(value.size());
    out += '"';
}

} // namespace Berth
