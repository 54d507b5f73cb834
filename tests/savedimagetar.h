// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks a tar that a save wrote by what it holds, not by its size: its manifest.json names
// the image (its tag, its configuration by the image's id) and every layer it lists is in
// the tar, as many as the engine's own record of the image has. The expected values come
// from the docker CLI and tar, never from Berth.
#include "testpeers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SavedImageTar {

// Empty when `file` holds the image `reference` of the private dockerd; else what is wrong.
inline QString mismatch(const QString &file, const QString &reference)
{
    const auto listing = TestPeers::run(QStringLiteral("tar"), {QStringLiteral("-tf"), file});
    if (!listing)
        return QStringLiteral("not a tar: ") + file;
    const QStringList entries = listing->split(u'\n', Qt::SkipEmptyParts);
    const auto manifestText = TestPeers::run(
        QStringLiteral("tar"), {QStringLiteral("-xOf"), file, QStringLiteral("manifest.json")});
    if (!manifestText)
        return QStringLiteral("no manifest.json in ") + entries.join(u' ');
    const QJsonObject manifest =
        QJsonDocument::fromJson(manifestText->toUtf8()).array().first().toObject();
    const auto id = TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"),
                                       QStringLiteral("-f"), QStringLiteral("{{.Id}}"), reference});
    const auto layers =
        TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                           QStringLiteral("{{len .RootFS.Layers}}"), reference});
    if (!id || !layers)
        return QStringLiteral("the engine does not know ") + reference;
    if (manifest.value(u"Config").toString() != id->section(u':', 1) + QStringLiteral(".json"))
        return QStringLiteral("configuration %1, image %2")
            .arg(manifest.value(u"Config").toString(), *id);
    if (!manifest.value(u"RepoTags").toArray().contains(QJsonValue(reference)))
        return QStringLiteral("tags %1, not %2")
            .arg(QString::fromUtf8(QJsonDocument(manifest.value(u"RepoTags").toArray())
                                       .toJson(QJsonDocument::Compact)),
                 reference);
    const QJsonArray saved = manifest.value(u"Layers").toArray();
    if (saved.size() != layers->toInt())
        return QStringLiteral("%1 layers saved, the image has %2").arg(saved.size()).arg(*layers);
    for (const QJsonValue &layer : saved) {
        if (!entries.contains(layer.toString()))
            return QStringLiteral("layer %1 is not in the tar").arg(layer.toString());
    }
    if (!entries.contains(manifest.value(u"Config").toString()))
        return QStringLiteral("the configuration is not in the tar");
    return {};
}

} // namespace SavedImageTar
