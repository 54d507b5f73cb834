// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reference/imagereference.h"
#include "registry/manifest.h"
#include "ui/imagedetails.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Berth::Ui {

// Turns what the engine or a registry answered into ImageDetails. Pure (no I/O), so the
// loaders call it on their own thread and the tests call it directly.
class ImageDetailsParser final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Ui::ImageDetailsParser)

public:
    // A local image from GET /images/{id}/json, /images/{id}/history and the containers
    // made from it (nullopt when they could not be listed; containersProblem says why).
    static ImageDetails fromEngine(const QJsonObject &inspect, const QJsonArray &history,
                                   const std::optional<QJsonArray> &containers,
                                   const QString &containersProblem = {});
    // A remote image: its manifest (and digest, media type) and its config blob, or
    // nullopt with configProblem saying why the config is missing.
    static ImageDetails fromRemoteImage(const Reference::ImageReference &reference,
                                        const QString &digest, const Registry::Manifest &manifest,
                                        const std::optional<QJsonObject> &config,
                                        const QString &configProblem = {});
    // A remote index: the images it lists per platform.
    static ImageDetails fromRemoteIndex(const Reference::ImageReference &reference,
                                        const QString &digest, const Registry::Manifest &index);

    // The rows of GET /containers/json.
    static QList<ContainerInfo> containers(const QJsonArray &list);
    // The Config tab's fields from an image config's "config" object (the engine's
    // inspect calls it "Config"; the keys inside are the same).
    static QList<DetailsField> configFields(const QJsonObject &config);
    // "linux/arm64/v8" from os, architecture and variant.
    static QString platformText(const QString &os, const QString &architecture,
                                const QString &variant);
};

} // namespace Berth::Ui
