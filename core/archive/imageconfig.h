// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace Berth::Archive {

// The parts of an image's config (its JSON blob) that Berth shows and compares.
struct ImageConfig
{
    QStringList env;
    QStringList entrypoint;
    QStringList cmd;
    QMap<QString, QString> labels;
    QStringList exposedPorts; // "80/tcp", sorted
    QString workingDir;
    QString user;
    QString platform;       // "linux/amd64"
    QStringList diffIds;    // one per layer, bottom first
    QStringList layerSteps; // the Dockerfile step that made each layer (history created_by)

    // An empty config for bytes that are not a config object.
    static ImageConfig fromJson(const QByteArray &json);
};

} // namespace Berth::Archive
