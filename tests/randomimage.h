// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Images of random bytes in the private dockerd, for tests and benchmarks whose pulls and
// pushes must really move data: no registry and no other image holds their layers.
#include "testpeers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace TestImages {

using TestPeers::docker;
using TestPeers::run;

inline bool writeRandomFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QList<quint32> chunk(256 * 1024);
    for (qint64 left = bytes; left > 0;) {
        QRandomGenerator::global()->fillRange(chunk.data(), chunk.size());
        const qint64 n = qMin<qint64>(left, chunk.size() * qint64(sizeof(quint32)));
        if (file.write(reinterpret_cast<const char *>(chunk.constData()), n) != n)
            return false;
        left -= n;
    }
    return true;
}

inline QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex());
}

// Loads `reference` into the private dockerd: `layers` layers, each one file of
// `bytesPerLayer` random bytes. Written as a `docker save` tarball and loaded in one call,
// since the legacy builder would commit a container per layer, which is slow on vfs.
inline bool loadRandomImage(const QString &reference, int layers, qint64 bytesPerLayer)
{
    QTemporaryDir dir;
    const QString image = dir.filePath(QStringLiteral("image"));
    QJsonArray diffIds;
    QJsonArray layerPaths;
    for (int i = 0; i < layers; ++i) {
        const QString source = dir.filePath(QStringLiteral("source%1").arg(i));
        const QString layerDir = image + u'/' + QString::number(i);
        const QString name = QStringLiteral("layer%1.bin").arg(i);
        if (!QDir().mkpath(source) || !QDir().mkpath(layerDir) ||
            !writeRandomFile(source + u'/' + name, bytesPerLayer))
            return false;
        if (!run(QStringLiteral("tar"), {QStringLiteral("-C"), source, QStringLiteral("--owner=0"),
                                         QStringLiteral("--group=0"), QStringLiteral("-cf"),
                                         layerDir + QStringLiteral("/layer.tar"), name}))
            return false;
        diffIds.append(sha256Of(layerDir + QStringLiteral("/layer.tar")));
        layerPaths.append(QString(QString::number(i) + QStringLiteral("/layer.tar")));
    }
    const QJsonObject config{
        {QStringLiteral("architecture"), QStringLiteral("amd64")},
        {QStringLiteral("os"), QStringLiteral("linux")},
        {QStringLiteral("config"), QJsonObject()},
        {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")},
                                               {QStringLiteral("diff_ids"), diffIds}}}};
    const QJsonArray manifest{QJsonObject{{QStringLiteral("Config"), QStringLiteral("config.json")},
                                          {QStringLiteral("RepoTags"), QJsonArray{reference}},
                                          {QStringLiteral("Layers"), layerPaths}}};
    QFile configFile(image + QStringLiteral("/config.json"));
    QFile manifestFile(image + QStringLiteral("/manifest.json"));
    if (!configFile.open(QIODevice::WriteOnly) || !manifestFile.open(QIODevice::WriteOnly))
        return false;
    configFile.write(QJsonDocument(config).toJson(QJsonDocument::Compact));
    manifestFile.write(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    configFile.close();
    manifestFile.close();
    const QString tarball = dir.filePath(QStringLiteral("image.tar"));
    return run(QStringLiteral("tar"), {QStringLiteral("-C"), image, QStringLiteral("-cf"), tarball,
                                       QStringLiteral(".")}) &&
           docker({QStringLiteral("load"), QStringLiteral("-i"), tarball});
}

} // namespace TestImages
