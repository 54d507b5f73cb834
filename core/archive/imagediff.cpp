// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/imagediff.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Berth::Archive {

namespace {

QStringList changesBetween(const TarEntry &a, const TarEntry &b)
{
    QStringList what;
    if (a.type != b.type)
        what.append(QStringLiteral("type"));
    if (a.size != b.size)
        what.append(QStringLiteral("size"));
    if (a.mode != b.mode)
        what.append(QStringLiteral("mode"));
    if (a.uid != b.uid || a.gid != b.gid)
        what.append(QStringLiteral("owner"));
    if (a.linkTarget != b.linkTarget)
        what.append(QStringLiteral("link"));
    return what;
}

void compareFiles(const ImageFilesystem &a, const ImageFilesystem &b, QList<FileDifference> *out)
{
    auto left = a.paths().begin();
    auto right = b.paths().begin();
    const auto skipAbsent = [](auto &it, const auto &end) {
        while (it != end && !it->second.present)
            ++it;
    };
    for (;;) {
        skipAbsent(left, a.paths().end());
        skipAbsent(right, b.paths().end());
        const bool leftDone = left == a.paths().end();
        const bool rightDone = right == b.paths().end();
        if (leftDone && rightDone)
            break;
        if (rightDone || (!leftDone && left->first < right->first)) {
            out->append({FileDifference::Removed, left->first, left->second.entry, {}, {}});
            ++left;
        } else if (leftDone || right->first < left->first) {
            out->append({FileDifference::Added, right->first, {}, right->second.entry, {}});
            ++right;
        } else {
            const QStringList what = changesBetween(left->second.entry, right->second.entry);
            if (!what.isEmpty())
                out->append({FileDifference::Changed, left->first, left->second.entry,
                             right->second.entry, what});
            ++left;
            ++right;
        }
    }
}

QString asJson(const QStringList &list)
{
    if (list.isEmpty())
        return QString();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// KEY=VALUE lists (env) and maps (labels) compared key by key.
void compareMaps(const QString &field, const QMap<QString, QString> &a,
                 const QMap<QString, QString> &b, QList<ConfigDifference> *out)
{
    QStringList keys = a.keys() + b.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : keys)
        if (a.value(key) != b.value(key) || a.contains(key) != b.contains(key))
            out->append({field + u' ' + key, a.value(key), b.value(key)});
}

QMap<QString, QString> envMap(const QStringList &env)
{
    QMap<QString, QString> map;
    for (const QString &item : env) {
        const qsizetype equals = item.indexOf(u'=');
        map.insert(equals < 0 ? item : item.left(equals),
                   equals < 0 ? QString() : item.sliced(equals + 1));
    }
    return map;
}

QMap<QString, QString> portMap(const QStringList &ports)
{
    QMap<QString, QString> map;
    for (const QString &port : ports)
        map.insert(port, QStringLiteral("exposed"));
    return map;
}

void compareConfigs(const ImageConfig &a, const ImageConfig &b, QList<ConfigDifference> *out)
{
    compareMaps(QStringLiteral("env"), envMap(a.env), envMap(b.env), out);
    if (a.entrypoint != b.entrypoint)
        out->append({QStringLiteral("entrypoint"), asJson(a.entrypoint), asJson(b.entrypoint)});
    if (a.cmd != b.cmd)
        out->append({QStringLiteral("cmd"), asJson(a.cmd), asJson(b.cmd)});
    compareMaps(QStringLiteral("label"), a.labels, b.labels, out);
    compareMaps(QStringLiteral("port"), portMap(a.exposedPorts), portMap(b.exposedPorts), out);
    if (a.workingDir != b.workingDir)
        out->append({QStringLiteral("workdir"), a.workingDir, b.workingDir});
    if (a.user != b.user)
        out->append({QStringLiteral("user"), a.user, b.user});
    if (a.platform != b.platform)
        out->append({QStringLiteral("platform"), a.platform, b.platform});
}

} // namespace

ImageDiff ImageDiff::compare(const ImageContents &before, const ImageContents &after)
{
    ImageDiff diff;
    compareFiles(before.filesystem, after.filesystem, &diff.files);
    compareConfigs(before.image.config, after.image.config, &diff.config);
    const auto &a = before.image.layers;
    const auto &b = after.image.layers;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        LayerDelta delta;
        delta.index = int(i);
        if (i < a.size()) {
            delta.digestBefore = a.at(i).digest;
            delta.bytesBefore = ImageContents::layerSize(a.at(i));
        }
        if (i < b.size()) {
            delta.digestAfter = b.at(i).digest;
            delta.bytesAfter = ImageContents::layerSize(b.at(i));
        }
        diff.totalBefore += delta.bytesBefore;
        diff.totalAfter += delta.bytesAfter;
        diff.layers.append(delta);
    }
    return diff;
}

} // namespace Berth::Archive
