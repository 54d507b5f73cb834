// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Berth::Build {

// The patterns of a .dockerignore, matched as the docker CLI matches them when it sends a
// build context: each pattern cleaned and relative to the context's root, Go's
// filepath.Match syntax plus `**`, `!` for exceptions, the last matching pattern wins, and a
// pattern that matches a directory matches everything under it (docs/build.md).
class DockerIgnore final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Build::DockerIgnore)

public:
    // The file's text: one pattern a line, `#` comments, blank lines skipped.
    static Result<DockerIgnore> parse(QByteArrayView text);
    // Patterns as they would appear in the file, one each.
    static Result<DockerIgnore> fromPatterns(const QStringList &patterns);

    // Makes sure `path` is sent even if a pattern excludes it: the CLI does this for the
    // Dockerfile and the .dockerignore, which the daemon needs.
    void keep(const QString &path);

    // Whether `path` (cleaned, relative, '/'-separated) is excluded: by a pattern that
    // matches it or one of its parent directories, the last such pattern deciding.
    bool excludes(const QString &path) const;
    // Whether an excluded directory must still be walked, because an exception pattern
    // starts with it (the CLI's test: a `!dir/...` pattern, literally).
    bool mayReinclude(const QString &directory) const;

    bool isEmpty() const { return m_patterns.isEmpty(); }
    // The cleaned patterns, exceptions with their `!`.
    QStringList patterns() const;

private:
    struct Pattern
    {
        QString text; // cleaned, without the `!`
        bool exception = false;
        QRegularExpression regex;
    };

    Result<void> add(QString pattern);
    static bool matches(const Pattern &pattern, const QString &path, const QStringList &parents);

    QList<Pattern> m_patterns;
    bool m_hasExceptions = false;
};

} // namespace Berth::Build
