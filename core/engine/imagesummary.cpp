// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/imagesummary.h"

#include "base/jsonstrings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Engine {

Result<QList<ImageSummary>> ImageSummaryParser::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorKind::Protocol, tr("the image list is not valid JSON (%1 at offset %2)")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset));
    if (!doc.isArray())
        return Error(ErrorKind::Protocol, tr("the image list is not a JSON array"));

    QList<ImageSummary> images;
    const QJsonArray array = doc.array();
    images.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return Error(ErrorKind::Protocol,
                         tr("an entry of the image list is not a JSON object"));
        const QJsonObject object = value.toObject();
        ImageSummary image;
        image.id = object.value(QLatin1StringView("Id")).toString();
        if (image.id.isEmpty())
            return Error(ErrorKind::Protocol, tr("an entry of the image list has no Id"));
        image.parentId = object.value(QLatin1StringView("ParentId")).toString();
        image.repoTags = Json::strings(object.value(QLatin1StringView("RepoTags")));
        image.repoDigests = Json::strings(object.value(QLatin1StringView("RepoDigests")));
        image.created = object.value(QLatin1StringView("Created")).toInteger();
        image.size = object.value(QLatin1StringView("Size")).toInteger();
        image.containers = object.value(QLatin1StringView("Containers")).toInteger(-1);
        const QJsonObject labels = object.value(QLatin1StringView("Labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            image.labels.insert(it.key(), it.value().toString());
        images.append(std::move(image));
    }
    return images;
}

QList<ImageTagRow> ImageSummaryParser::tagRows(const QList<ImageSummary> &images)
{
    static const QString none = QStringLiteral("<none>");
    QList<ImageTagRow> rows;
    rows.reserve(images.size());
    for (const ImageSummary &image : images) {
        QStringList tags = image.repoTags;
        // Before API 1.43 an untagged image lists "<none>:<none>"; later ones list nothing.
        tags.removeAll(QStringLiteral("<none>:<none>"));
        QStringList repositories;
        for (const QString &repoTag : std::as_const(tags)) {
            // The tag follows the last ':' after the last '/' (a registry port is not a tag).
            const qsizetype colon = repoTag.lastIndexOf(u':');
            const bool hasTag = colon > repoTag.lastIndexOf(u'/');
            rows.append({hasTag ? repoTag.left(colon) : repoTag,
                         hasTag ? repoTag.mid(colon + 1) : none, image.id, image.created,
                         image.size});
            repositories.append(rows.last().repository);
        }
        // As `docker images`: a repository the image has a digest in but no tag is a row of
        // its own, tagged <none> (an image whose tag moved to another one keeps its digest).
        for (const QString &repoDigest : image.repoDigests) {
            const QString repository = repoDigest.section(u'@', 0, 0);
            if (repository.isEmpty() || repository == none || repositories.contains(repository))
                continue;
            rows.append({repository, none, image.id, image.created, image.size});
            repositories.append(repository);
        }
        if (repositories.isEmpty())
            rows.append({none, none, image.id, image.created, image.size});
    }
    return rows;
}

} // namespace Berth::Engine
