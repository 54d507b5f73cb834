// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/imagesummary.h"

#include "base/jsonstrings.h"
#include "engine/imagerows.h"

#include <QHash>
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
    // The rows of `docker images` without digests: one piece of code says what they are.
    QHash<QString, QStringList> digestsOf;
    for (const ImageSummary &image : images)
        digestsOf.insert(image.id, image.repoDigests);
    QList<ImageTagRow> rows;
    for (const ImageRow &row : dockerImageRows(images, false, false))
        rows.append(
            {row.repository, row.tag, row.id, row.created, row.size, digestsOf.value(row.id)});
    return rows;
}

} // namespace Berth::Engine
