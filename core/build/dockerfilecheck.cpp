// SPDX-License-Identifier: GPL-3.0-or-later
#include "build/dockerfilecheck.h"

#include <QRegularExpression>
#include <QStringList>

namespace Berth::Build {

std::optional<QString> DockerfileCheck::buildKitFeature(const QString &dockerfile)
{
    static const QRegularExpression directive(
        QStringLiteral("^#\\s*([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(.*?)\\s*$"));
    static const QRegularExpression runFlag(
        QStringLiteral("^RUN\\s+(?:--\\S+\\s+)*?(--(?:mount|network|security))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression copyFlag(
        QStringLiteral("^(COPY|ADD)\\s+(?:--\\S+\\s+)*?(--(?:link|chmod|parents|exclude))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression heredoc(
        QStringLiteral("^(RUN|COPY|ADD)\\s.*<<-?\\s*[\"']?[A-Za-z_][A-Za-z0-9_]*"),
        QRegularExpression::CaseInsensitiveOption);

    const QStringList lines = dockerfile.split(u'\n');
    bool directivesEnded = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QString where = tr("line %1").arg(i + 1);
        // Parser directives come first; the first other line (even a comment) ends them.
        if (!directivesEnded) {
            const auto found = directive.match(line);
            if (found.hasMatch()) {
                if (found.captured(1).compare(u"syntax", Qt::CaseInsensitive) == 0)
                    return tr("%1: # syntax=%2").arg(where, found.captured(2));
                continue;
            }
            directivesEnded = true;
        }
        if (line.startsWith(u'#'))
            continue;
        if (const auto flag = runFlag.match(line); flag.hasMatch())
            return tr("%1: RUN %2").arg(where, flag.captured(1));
        if (const auto flag = copyFlag.match(line); flag.hasMatch())
            return tr("%1: %2 %3").arg(where, flag.captured(1).toUpper(), flag.captured(2));
        if (const auto doc = heredoc.match(line); doc.hasMatch())
            return tr("%1: a heredoc in %2").arg(where, doc.captured(1).toUpper());
    }
    return std::nullopt;
}

QStringList DockerfileCheck::baseImages(const QString &dockerfile)
{
    static const QRegularExpression from(
        QStringLiteral("^FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList stages;
    QStringList images;
    for (const QString &line : dockerfile.split(u'\n')) {
        const auto found = from.match(line.trimmed());
        if (!found.hasMatch())
            continue;
        const QString image = found.captured(1);
        if (!image.contains(u'$') && image != u"scratch" &&
            !stages.contains(image, Qt::CaseInsensitive) && !images.contains(image))
            images.append(image);
        if (!found.captured(2).isEmpty())
            stages.append(found.captured(2));
    }
    return images;
}

QString DockerfileCheck::refusal(const QString &feature)
{
    return tr("this Dockerfile needs BuildKit (%1), which Berth does not speak yet").arg(feature);
}

} // namespace Berth::Build
