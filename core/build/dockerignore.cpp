// SPDX-License-Identifier: GPL-3.0-or-later
#include "build/dockerignore.h"

#include <QDir>

namespace Berth::Build {

namespace {

// Go's filepath.Clean as the CLI applies it: "dir/" is "dir", "./a//b" is "a/b", "" is ".".
QString cleaned(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    return clean.isEmpty() ? QStringLiteral(".") : clean;
}

// The pattern as a regular expression, translated exactly as the CLI's pattern matcher
// translates it, so that odd patterns behave the same too.
QString regexFor(const QString &pattern)
{
    QString regex = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        const auto peek = [&] {
            return i + 1 < pattern.size() ? pattern.at(i + 1) : QChar();
        };
        if (ch == u'*') {
            if (peek() != u'*') {
                regex += QStringLiteral("[^/]*");
                continue;
            }
            ++i;
            if (peek() == u'/') // "**/" counts as "**"
                ++i;
            // At the end, "**" takes everything; elsewhere any number of directories.
            regex += i + 1 >= pattern.size() ? QStringLiteral(".*") : QStringLiteral("(.*/)?");
        } else if (ch == u'?') {
            regex += QStringLiteral("[^/]");
        } else if (QStringView(u".+()|{}$").contains(ch)) {
            regex += u'\\';
            regex += ch;
        } else if (ch == u'\\') {
            regex += u'\\';
            if (i + 1 < pattern.size())
                regex += pattern.at(++i);
        } else {
            regex += ch;
        }
    }
    regex += u'$';
    return regex;
}

} // namespace

Result<DockerIgnore> DockerIgnore::parse(QByteArrayView text)
{
    QStringList patterns;
    QString content = QString::fromUtf8(text);
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    for (const QString &line : content.split(u'\n')) {
        QString pattern = line.trimmed();
        if (pattern.startsWith(u'#') || pattern.isEmpty())
            continue;
        // A leading '/' is dropped: every pattern is relative to the context's root.
        const bool exception = pattern.startsWith(u'!');
        if (exception)
            pattern = pattern.mid(1).trimmed();
        if (!pattern.isEmpty()) {
            pattern = cleaned(pattern);
            if (pattern.size() > 1 && pattern.startsWith(u'/'))
                pattern.remove(0, 1);
        }
        patterns.append(exception ? u'!' + pattern : pattern);
    }
    return fromPatterns(patterns);
}

Result<DockerIgnore> DockerIgnore::fromPatterns(const QStringList &patterns)
{
    DockerIgnore ignore;
    for (const QString &pattern : patterns) {
        if (auto added = ignore.add(pattern); !added)
            return added.error();
    }
    return ignore;
}

Result<void> DockerIgnore::add(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    text = cleaned(text);
    Pattern pattern;
    if (text.startsWith(u'!')) {
        if (text.size() == 1)
            return Error(ErrorKind::Invalid, tr("illegal exclusion pattern: \"!\""));
        pattern.exception = true;
        text.remove(0, 1);
    }
    pattern.text = text;
    pattern.regex =
        QRegularExpression(regexFor(text), QRegularExpression::DotMatchesEverythingOption);
    if (!pattern.regex.isValid())
        return Error(ErrorKind::Invalid, tr("bad .dockerignore pattern: %1").arg(text));
    m_hasExceptions = m_hasExceptions || pattern.exception;
    m_patterns.append(std::move(pattern));
    return {};
}

void DockerIgnore::keep(const QString &path)
{
    if (excludes(path))
        (void)add(u'!' + path);
}

bool DockerIgnore::matches(const Pattern &pattern, const QString &path, const QStringList &parents)
{
    if (pattern.regex.match(path).hasMatch())
        return true;
    QString parent;
    for (const QString &directory : parents) {
        parent = parent.isEmpty() ? directory : parent + u'/' + directory;
        if (pattern.regex.match(parent).hasMatch())
            return true;
    }
    return false;
}

bool DockerIgnore::excludes(const QString &path) const
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringList parents =
        slash < 0 ? QStringList() : path.left(slash).split(u'/', Qt::SkipEmptyParts);
    bool excluded = false;
    for (const Pattern &pattern : m_patterns) {
        // Only a pattern that could change the verdict is worth matching.
        if (pattern.exception != excluded)
            continue;
        if (matches(pattern, path, parents))
            excluded = !pattern.exception;
    }
    return excluded;
}

bool DockerIgnore::mayReinclude(const QString &directory) const
{
    if (!m_hasExceptions)
        return false;
    const QString prefix = directory + u'/';
    for (const Pattern &pattern : m_patterns) {
        if (pattern.exception && QString(pattern.text + u'/').startsWith(prefix))
            return true;
    }
    return false;
}

QStringList DockerIgnore::patterns() const
{
    QStringList texts;
    for (const Pattern &pattern : m_patterns)
        texts.append(pattern.exception ? u'!' + pattern.text : pattern.text);
    return texts;
}

} // namespace Berth::Build
