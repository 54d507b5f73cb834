// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference/referencegrammar.h"

namespace Berth::Reference {

namespace {

// The grammar is ASCII only; QChar's own classes would also accept other scripts.
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isLowerAlnum(QChar c)
{
    return isLower(c) || isDigit(c);
}

bool isAlnum(QChar c)
{
    return isLower(c) || isUpper(c) || isDigit(c);
}

bool isHex(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isWordChar(QChar c)
{
    return isAlnum(c) || c == u'_';
}

bool isPathSeparatorChar(QChar c)
{
    return c == u'.' || c == u'_' || c == u'-';
}

QString quoted(QStringView text)
{
    return u'\'' + ReferenceGrammar::printable(text) + u'\'';
}

// A character as people can read it: 'x', or U+0020 for spaces and control characters.
QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u'\'' + QString(c) + u'\'';
    return QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QChar(u'0')).toUpper();
}

Error invalid(const QString &message)
{
    return Error(ErrorKind::Invalid, message);
}

qsizetype expectedHexLength(QStringView algorithm)
{
    if (algorithm == u"sha256")
        return 64;
    if (algorithm == u"sha384")
        return 96;
    if (algorithm == u"sha512")
        return 128;
    return -1;
}

} // namespace

QString ReferenceGrammar::printable(QStringView text)
{
    constexpr qsizetype Max = 80;
    QString shown = text.size() <= Max ? text.toString() : QString(text.first(Max - 1) + u"…");
    for (QChar &c : shown) {
        if (!c.isPrint() && !c.isSurrogate())
            c = QChar::ReplacementCharacter;
    }
    return shown;
}

bool ReferenceGrammar::isImageId(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!isDigit(c) && !(c >= u'a' && c <= u'f'))
            return false;
    }
    return true;
}

bool ReferenceGrammar::looksLikeDomain(QStringView firstComponent)
{
    if (firstComponent == u"localhost")
        return true;
    // Any uppercase letter counts, not only ASCII: Docker compares with strings.ToLower.
    for (const QChar c : firstComponent) {
        if (c == u'.' || c == u':' || c.isUpper())
            return true;
    }
    return false;
}

Result<void> ReferenceGrammar::checkDomain(QStringView domain)
{
    if (domain.isEmpty())
        return invalid(tr("registry host must not be empty"));
    if (domain.startsWith(u'[')) {
        const qsizetype close = domain.indexOf(u']');
        if (close < 0)
            return invalid(
                tr("IPv6 address in registry host %1 must end with ']'").arg(quoted(domain)));
        if (auto ok = checkIpv6(domain.sliced(1, close - 1), domain); !ok)
            return ok;
        const QStringView rest = domain.sliced(close + 1);
        if (rest.isEmpty())
            return {};
        if (rest.front() != u':')
            return invalid(tr("registry host %1: expected ':' and a port after the IPv6 address")
                               .arg(quoted(domain)));
        return checkPort(rest.sliced(1), domain);
    }
    // A host name never contains ':', so the first one starts the port.
    const qsizetype colon = domain.indexOf(u':');
    if (auto ok = checkHostName(colon < 0 ? domain : domain.first(colon), domain); !ok)
        return ok;
    if (colon >= 0)
        return checkPort(domain.sliced(colon + 1), domain);
    return {};
}

Result<void> ReferenceGrammar::checkHostName(QStringView host, QStringView domain)
{
    if (host.isEmpty())
        return invalid(tr("registry host %1 has no host name before the port").arg(quoted(domain)));
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i < host.size() && host.at(i) != u'.') {
            const QChar c = host.at(i);
            if (!isAlnum(c) && c != u'-')
                return invalid(tr("registry host %1 contains the invalid character %2")
                                   .arg(quoted(domain), shown(c)));
            continue;
        }
        const QStringView label = host.sliced(labelStart, i - labelStart);
        if (label.isEmpty())
            return invalid(
                tr("registry host %1 has an empty name between dots").arg(quoted(domain)));
        if (label.front() == u'-' || label.back() == u'-')
            return invalid(tr("registry host %1: a name part must not start or end with '-'")
                               .arg(quoted(domain)));
        labelStart = i + 1;
    }
    return {};
}

Result<void> ReferenceGrammar::checkIpv6(QStringView address, QStringView domain)
{
    // Compressed or full form only; zone identifiers ("%eth0") and embedded IPv4 addresses
    // are excluded, as in distribution/reference.
    for (const QChar c : address) {
        if (!isHex(c) && c != u':')
            return invalid(tr("IPv6 address in registry host %1 contains the invalid character %2")
                               .arg(quoted(domain), shown(c)));
    }
    const Error notAnAddress =
        invalid(tr("registry host %1 does not hold a valid IPv6 address").arg(quoted(domain)));
    if (address.isEmpty())
        return notAnAddress;
    const qsizetype gap = address.indexOf(u"::");
    if (gap >= 0 && address.indexOf(u"::", gap + 1) >= 0)
        return notAnAddress;
    // Counts the groups of one side of "::"; -1 when a group is empty or too long.
    const auto countGroups = [](QStringView part) -> int {
        if (part.isEmpty())
            return 0;
        int groups = 0;
        for (const QStringView group : part.split(u':')) {
            if (group.isEmpty() || group.size() > 4)
                return -1;
            ++groups;
        }
        return groups;
    };
    if (gap < 0)
        return countGroups(address) == 8 ? Result<void>() : notAnAddress;
    const int left = countGroups(address.first(gap));
    const int right = countGroups(address.sliced(gap + 2));
    if (left < 0 || right < 0 || left + right > 7)
        return notAnAddress;
    return {};
}

Result<void> ReferenceGrammar::checkPort(QStringView port, QStringView domain)
{
    if (port.isEmpty())
        return invalid(tr("registry host %1 has an empty port").arg(quoted(domain)));
    int value = 0;
    for (const QChar c : port) {
        if (!isDigit(c))
            return invalid(tr("port of registry host %1 must be a number").arg(quoted(domain)));
        // Stop counting early so that a long run of digits cannot overflow.
        if (value <= 65535)
            value = value * 10 + (c.unicode() - u'0');
    }
    if (value < 1 || value > 65535)
        return invalid(
            tr("port of registry host %1 must be between 1 and 65535").arg(quoted(domain)));
    return {};
}

Result<void> ReferenceGrammar::checkPath(QStringView path)
{
    if (path.isEmpty())
        return invalid(tr("repository name must not be empty"));
    for (const QChar c : path) {
        if (isUpper(c))
            return invalid(tr("repository name must be lowercase: %1").arg(printable(path)));
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i < path.size() && path.at(i) != u'/')
            continue;
        const QStringView component = path.sliced(start, i - start);
        if (component.isEmpty()) {
            if (start == 0)
                return invalid(tr("repository name %1 must not start with '/'").arg(quoted(path)));
            if (i == path.size())
                return invalid(tr("repository name %1 must not end with '/'").arg(quoted(path)));
            return invalid(tr("repository name %1 must not contain '//'").arg(quoted(path)));
        }
        if (auto ok = checkPathComponent(component); !ok)
            return ok;
        start = i + 1;
    }
    if (path.size() > MaxPathLength)
        return invalid(tr("repository name must not be longer than %1 characters (it has %2)")
                           .arg(MaxPathLength)
                           .arg(path.size()));
    return {};
}

Result<void> ReferenceGrammar::checkPathComponent(QStringView component)
{
    // component := [a-z0-9]+ (separator [a-z0-9]+)*, separator := '.' | '_' | '__' | '-'+.
    // Between two alphanumeric runs lies exactly one separator, so each maximal run of
    // separator characters must be one of those.
    qsizetype i = 0;
    while (i < component.size()) {
        const QChar c = component.at(i);
        if (isLowerAlnum(c)) {
            ++i;
            continue;
        }
        if (!isPathSeparatorChar(c))
            return invalid(tr("repository name component %1 contains the invalid character %2")
                               .arg(quoted(component), shown(c)));
        const qsizetype runStart = i;
        while (i < component.size() && isPathSeparatorChar(component.at(i)))
            ++i;
        const QStringView run = component.sliced(runStart, i - runStart);
        if (runStart == 0)
            return invalid(tr("repository name component %1 must start with a lowercase letter "
                              "or digit, not %2")
                               .arg(quoted(component), quoted(run.first(1))));
        const bool dashes = run.count(u'-') == run.size();
        if (run != u"." && run != u"_" && run != u"__" && !dashes)
            return invalid(tr("repository name component %1 has the invalid separator %2 "
                              "(allowed: '.', '_', '__' or dashes)")
                               .arg(quoted(component), quoted(run)));
        if (i == component.size())
            return invalid(tr("repository name component %1 must not end with %2")
                               .arg(quoted(component), quoted(run)));
    }
    return {};
}

Result<void> ReferenceGrammar::checkTag(QStringView tag)
{
    if (tag.isEmpty())
        return invalid(tr("tag must not be empty"));
    const QChar first = tag.front();
    if (first == u'-' || first == u'.')
        return invalid(tr("tag must not start with %1").arg(shown(first)));
    for (const QChar c : tag) {
        if (!isWordChar(c) && c != u'.' && c != u'-')
            return invalid(
                tr("tag %1 contains the invalid character %2").arg(quoted(tag), shown(c)));
    }
    if (tag.size() > MaxTagLength)
        return invalid(tr("tag must not be longer than %1 characters (it has %2)")
                           .arg(MaxTagLength)
                           .arg(tag.size()));
    return {};
}

Result<void> ReferenceGrammar::checkDigestAlgorithm(QStringView algorithm)
{
    // algorithm := component ([-_+.] component)*, component := [A-Za-z][A-Za-z0-9]*
    bool atComponentStart = true;
    for (const QChar c : algorithm) {
        if (atComponentStart) {
            if (!isLower(c) && !isUpper(c))
                return invalid(tr("digest algorithm %1 is not valid: each part must start with "
                                  "a letter")
                                   .arg(quoted(algorithm)));
            atComponentStart = false;
        } else if (c == u'-' || c == u'_' || c == u'+' || c == u'.') {
            atComponentStart = true;
        } else if (!isAlnum(c)) {
            return invalid(tr("digest algorithm %1 contains the invalid character %2")
                               .arg(quoted(algorithm), shown(c)));
        }
    }
    if (atComponentStart)
        return invalid(tr("digest algorithm %1 must not be empty or end with a separator")
                           .arg(quoted(algorithm)));
    return {};
}

Result<void> ReferenceGrammar::checkDigest(QStringView digest)
{
    if (digest.isEmpty())
        return invalid(tr("digest must not be empty"));
    const qsizetype colon = digest.indexOf(u':');
    if (colon < 0)
        return invalid(
            tr("digest %1 must have the form algorithm:hex, e.g. sha256:…").arg(quoted(digest)));
    const QStringView algorithm = digest.first(colon);
    const QStringView hex = digest.sliced(colon + 1);
    if (auto ok = checkDigestAlgorithm(algorithm); !ok)
        return ok;
    for (const QChar c : hex) {
        if (!isHex(c))
            return invalid(tr("digest %1 contains the invalid character %2 (expected hexadecimal "
                              "digits)")
                               .arg(quoted(digest), shown(c)));
    }
    const qsizetype expected = expectedHexLength(algorithm);
    if (expected > 0 && hex.size() != expected)
        return invalid(tr("%1 digest must have exactly %2 hexadecimal digits (it has %3)")
                           .arg(algorithm.toString())
                           .arg(expected)
                           .arg(hex.size()));
    if (hex.size() < MinDigestHexLength)
        return invalid(tr("digest must have at least %1 hexadecimal digits (it has %2)")
                           .arg(MinDigestHexLength)
                           .arg(hex.size()));
    if (expected < 0)
        return invalid(tr("unsupported digest algorithm %1 (supported: sha256, sha384, sha512)")
                           .arg(quoted(algorithm)));
    for (const QChar c : hex) {
        if (isUpper(c))
            return invalid(
                tr("%1 digest must use lowercase hexadecimal digits").arg(algorithm.toString()));
    }
    return {};
}

} // namespace Berth::Reference
