// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/authchallenge.h"

#include "registry/registryendpoint.h"

namespace Berth::Registry {

namespace {

bool isTokenChar(char c)
{
    // RFC 7230 tchar; '/' and '=' are allowed too, as token68 values (Basic's) use them.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
    case '/':
    case '=':
    case ':':
        return true;
    default:
        return false;
    }
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    void skip() { ++m_pos; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }

    // A token without '=' (for names) or with (token68 values); may be empty.
    QByteArray token(bool allowEquals)
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()) && (allowEquals || peek() != '='))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    // A quoted-string after the opening quote; backslash escapes one character.
    QByteArray quoted()
    {
        QByteArray out;
        while (!atEnd()) {
            const char c = peek();
            ++m_pos;
            if (c == '"')
                return out;
            if (c == '\\' && !atEnd()) {
                out.append(peek());
                ++m_pos;
                continue;
            }
            out.append(c);
        }
        return out; // unterminated: take what there is
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QByteArray &header)
{
    QList<AuthChallenge> challenges;
    Scanner s(header);
    while (!s.atEnd()) {
        s.skipSpace();
        if (s.peek() == ',') {
            s.skip();
            continue;
        }
        const QByteArray scheme = s.token(false);
        if (scheme.isEmpty()) {
            s.skip(); // a character no challenge can start with
            continue;
        }
        AuthChallenge challenge;
        challenge.scheme = QString::fromLatin1(scheme).toLower();
        // auth-params until the next scheme: name = value, separated by commas.
        for (;;) {
            s.skipSpace();
            while (s.peek() == ',' || s.peek() == ' ' || s.peek() == '\t')
                s.skip();
            if (s.atEnd())
                break;
            const qsizetype mark = s.pos();
            const QByteArray name = s.token(false);
            s.skipSpace();
            if (name.isEmpty() || s.peek() != '=') {
                // Either a token68 (e.g. Basic's credentials blob) or the next challenge.
                s.setPos(mark);
                if (!name.isEmpty() && challenge.params.isEmpty()) {
                    const QByteArray t68 = s.token(true);
                    s.skipSpace();
                    if (s.atEnd() || s.peek() == ',') {
                        challenge.params.insert(QString(), QString::fromLatin1(t68));
                        continue;
                    }
                    s.setPos(mark);
                }
                if (name.isEmpty() && !s.atEnd() && s.pos() == mark)
                    s.skip();
                break;
            }
            s.skip(); // '='
            if (s.peek() == '=' && challenge.params.isEmpty()) {
                // "abc==": base64 padding, a token68 rather than a parameter.
                s.setPos(mark);
                challenge.params.insert(QString(), QString::fromLatin1(s.token(true)));
                continue;
            }
            s.skipSpace();
            QByteArray value;
            if (s.peek() == '"') {
                s.skip();
                value = s.quoted();
            } else {
                value = s.token(true);
            }
            challenge.params.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
        }
        challenges.append(challenge);
    }
    return challenges;
}

const AuthChallenge *AuthChallenge::preferred(const QList<AuthChallenge> &challenges)
{
    for (const AuthChallenge &c : challenges) {
        if (c.isBearer() && !c.param(QStringLiteral("realm")).isEmpty())
            return &c;
    }
    for (const AuthChallenge &c : challenges) {
        if (c.isBasic())
            return &c;
    }
    return nullptr;
}

bool realmAllowed(const QUrl &realm, const QUrl &registry, bool registryInsecure)
{
    if (!realm.isValid() || realm.host().isEmpty())
        return false;
    const QString scheme = realm.scheme().toLower();
    if (scheme == u"https")
        return true;
    if (scheme != u"http")
        return false;
    if (registryInsecure)
        return true;
    return registry.scheme() == u"http" && RegistryEndpoint::isLoopbackHost(registry.host()) &&
           RegistryEndpoint::isLoopbackHost(realm.host());
}

} // namespace Berth::Registry
