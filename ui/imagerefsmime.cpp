// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagerefsmime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>

namespace Berth::Ui {

namespace {
const QString EngineKind = QStringLiteral("engine");
const QString RegistryKind = QStringLiteral("registry");
} // namespace

QString ImageRefsPayload::mimeType()
{
    return QStringLiteral("application/x-berth-image-refs");
}

QStringList ImageRefsPayload::references() const
{
    QStringList out;
    for (const Image &image : images)
        out.append(image.reference);
    return out;
}

QMimeData *ImageRefsPayload::toMimeData() const
{
    QJsonArray list;
    for (const Image &image : images) {
        list.append(
            QJsonObject{{QStringLiteral("reference"), image.reference},
                        {QStringLiteral("digest"), image.digest},
                        {QStringLiteral("platforms"), QJsonArray::fromStringList(image.platforms)},
                        {QStringLiteral("index"), image.index}});
    }
    const QJsonObject root{
        {QStringLiteral("kind"), kind == SourceKind::Engine ? EngineKind : RegistryKind},
        {QStringLiteral("source"), source},
        {QStringLiteral("images"), list}};
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(root).toJson(QJsonDocument::Compact));
    data->setText(references().join(u'\n'));
    return data;
}

QMimeData *ImageRefsPayload::rowsToMimeData(
    SourceKind kind, const QString &source, const QModelIndexList &indexes,
    const std::function<std::optional<Image>(const QModelIndex &)> &imageOf)
{
    ImageRefsPayload payload;
    payload.kind = kind;
    payload.source = source;
    QList<int> seen;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || seen.contains(index.row()))
            continue;
        std::optional<Image> image = imageOf(index);
        if (!image)
            continue;
        seen.append(index.row());
        payload.images.append(std::move(*image));
    }
    return payload.images.isEmpty() ? nullptr : payload.toMimeData();
}

std::optional<ImageRefsPayload> ImageRefsPayload::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(data->data(mimeType())).object();
    const QString kind = root.value(QStringLiteral("kind")).toString();
    if (kind != EngineKind && kind != RegistryKind)
        return std::nullopt;
    ImageRefsPayload payload;
    payload.kind = kind == EngineKind ? SourceKind::Engine : SourceKind::Registry;
    payload.source = root.value(QStringLiteral("source")).toString();
    const QJsonArray list = root.value(QStringLiteral("images")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        Image image;
        image.reference = object.value(QStringLiteral("reference")).toString();
        image.digest = object.value(QStringLiteral("digest")).toString();
        for (const QJsonValue &platform : object.value(QStringLiteral("platforms")).toArray())
            image.platforms.append(platform.toString());
        image.index = object.value(QStringLiteral("index")).toBool();
        if (!image.reference.isEmpty())
            payload.images.append(image);
    }
    if (payload.source.isEmpty() || payload.images.isEmpty())
        return std::nullopt;
    return payload;
}

QStringList ImageRefsPayload::localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace Berth::Ui
