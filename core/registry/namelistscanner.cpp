// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/namelistscanner.h"

namespace Berth::Registry {

namespace {

// A cursor over the body; every read checks the end.
class Cursor
{
public:
    explicit Cursor(QByteArrayView body)
        : m_data(body.data())
        , m_end(body.data() + body.size())
    {}

    bool atEnd() const { return m_data == m_end; }

    void skipSpace()
    {
        while (m_data != m_end &&
               (*m_data == ' ' || *m_data == '\n' || *m_data == '\r' || *m_data == '\t'))
            ++m_data;
    }

    // Skips white space, then `c`.
    bool take(char c)
    {
        skipSpace();
        if (m_data == m_end || *m_data != c)
            return false;
        ++m_data;
        return true;
    }

    bool peek(char c)
    {
        skipSpace();
        return m_data != m_end && *m_data == c;
    }

    // A string of printable ASCII without escapes, its opening quote next; its bytes.
    std::optional<QByteArrayView> plainString()
    {
        if (!take('"'))
            return std::nullopt;
        const char *start = m_data;
        while (m_data != m_end) {
            const auto byte = static_cast<unsigned char>(*m_data);
            if (byte == '"') {
                const QByteArrayView text(start, m_data - start);
                ++m_data;
                return text;
            }
            // An escape, a control character or anything beyond ASCII: QJsonDocument's.
            if (byte == '\\' || byte < 0x20 || byte >= 0x80)
                return std::nullopt;
            ++m_data;
        }
        return std::nullopt;
    }

    bool keyword(QByteArrayView word)
    {
        skipSpace();
        if (m_end - m_data < word.size() || QByteArrayView(m_data, word.size()) != word)
            return false;
        m_data += word.size();
        return true;
    }

private:
    const char *m_data;
    const char *m_end;
};

// The array's strings, its opening bracket next (or null).
std::optional<QStringList> names(Cursor &cursor)
{
    QStringList out;
    if (cursor.keyword("null"))
        return out;
    if (!cursor.take('['))
        return std::nullopt;
    if (cursor.take(']'))
        return out;
    do {
        const auto text = cursor.plainString();
        if (!text)
            return std::nullopt;
        out.append(QString::fromLatin1(*text));
    } while (cursor.take(','));
    if (!cursor.take(']'))
        return std::nullopt;
    return out;
}

} // namespace

std::optional<QStringList> NameListScanner::scan(QByteArrayView body, QLatin1StringView key)
{
    Cursor cursor(body);
    if (!cursor.take('{'))
        return std::nullopt;
    std::optional<QStringList> found;
    if (!cursor.take('}')) {
        do {
            const auto name = cursor.plainString();
            if (!name || !cursor.take(':'))
                return std::nullopt;
            if (*name == QByteArrayView(key.data(), key.size())) {
                if (found) // which one QJsonDocument keeps is its own rule
                    return std::nullopt;
                found = names(cursor);
                if (!found)
                    return std::nullopt;
            } else if (cursor.peek('"')) {
                if (!cursor.plainString())
                    return std::nullopt;
            } else if (!cursor.keyword("true") && !cursor.keyword("false") &&
                       !cursor.keyword("null")) {
                return std::nullopt; // a number, an object, an array: QJsonDocument's
            }
        } while (cursor.take(','));
        if (!cursor.take('}'))
            return std::nullopt;
    }
    cursor.skipSpace();
    if (!cursor.atEnd())
        return std::nullopt;
    return found.value_or(QStringList());
}

} // namespace Berth::Registry
