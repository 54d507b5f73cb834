// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

// What the Details pane shows of one local image, remote image or index: plain data, made
// by ImageDetailsParser on a loader's thread and handed to the details models.
namespace Berth::Ui {

// One line of the Overview or Config tab. `key` is stable (tests, copy); `label` is the
// translated name shown.
struct DetailsField
{
    QString key;
    QString label;
    QStringList values; // a list field (Env, Tags) has one line per value
    QVariant raw;       // the value as the source gave it: bytes as qint64, lists as lists
    bool isDigest = false;
};

struct HistoryStep
{
    QString created; // ISO 8601 as the source gave it
    QString createdBy;
    qint64 size = -1; // -1: not known (a remote history has no sizes of its own)
    bool emptyLayer = false;
    QString comment;
};

struct LayerInfo
{
    QString digest;             // the blob's digest (remote), else the diff id (local)
    QString diffId;             // the uncompressed content's digest, from the config
    qint64 compressedSize = -1; // -1: not known
    qint64 uncompressedSize = -1;
    QString mediaType;
};

struct PlatformEntry
{
    QString platform; // os/architecture[/variant]
    QString digest;
    qint64 size = -1;
    QString mediaType;
};

struct ContainerInfo
{
    QString id;
    QString name;
    QString state;  // running, exited, created, paused, ...
    QString status; // "Up 3 minutes", "Exited (0) 2 hours ago"

    friend bool operator==(const ContainerInfo &, const ContainerInfo &) = default;
};

struct ImageDetails
{
    enum class Kind { LocalImage, RemoteImage, RemoteIndex };
    Kind kind = Kind::LocalImage;
    QString title;  // the reference or id asked for
    QString digest; // the manifest's digest (remote) or the image id (local)
    QList<DetailsField> overview;
    QList<DetailsField> config;
    QList<HistoryStep> history;
    QList<LayerInfo> layers;
    QList<PlatformEntry> platforms; // an index's images
    QList<ContainerInfo> containers;
    // What could not be read, said in the pane: a missing config blob, a container list the
    // engine refused. Empty when everything came.
    QStringList problems;
};

} // namespace Berth::Ui

Q_DECLARE_METATYPE(Berth::Ui::ImageDetails)
