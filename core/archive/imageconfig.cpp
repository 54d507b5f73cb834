// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/imageconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Berth::Archive {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

ImageConfig ImageConfig::fromJson(const QByteArray &json)
{
    ImageConfig config;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject run = root.value(QStringLiteral("config")).toObject();
    config.env = strings(run.value(QStringLiteral("Env")));
    config.entrypoint = strings(run.value(QStringLiteral("Entrypoint")));
    config.cmd = strings(run.value(QStringLiteral("Cmd")));
    const QJsonObject labels = run.value(QStringLiteral("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        config.labels.insert(it.key(), it.value().toString());
    config.exposedPorts = run.value(QStringLiteral("ExposedPorts")).toObject().keys();
    std::sort(config.exposedPorts.begin(), config.exposedPorts.end());
    config.workingDir = run.value(QStringLiteral("WorkingDir")).toString();
    config.user = run.value(QStringLiteral("User")).toString();
    const QString os = root.value(QStringLiteral("os")).toString();
    const QString architecture = root.value(QStringLiteral("architecture")).toString();
    if (!os.isEmpty() || !architecture.isEmpty())
        config.platform = os + u'/' + architecture;
    config.diffIds =
        strings(root.value(QStringLiteral("rootfs")).toObject().value(QStringLiteral("diff_ids")));
    // History has a row per step; only the rows without empty_layer made a layer.
    for (const QJsonValue &step : root.value(QStringLiteral("history")).toArray()) {
        const QJsonObject object = step.toObject();
        if (!object.value(QStringLiteral("empty_layer")).toBool())
            config.layerSteps.append(object.value(QStringLiteral("created_by")).toString());
    }
    return config;
}

} // namespace Berth::Archive
