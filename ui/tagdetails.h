// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Berth::Ui {

// What the tags table shows of one tag, from its manifest (or index) and config blob.
struct TagDetails
{
    QString digest;              // of the manifest or index the tag names
    QString mediaType;           // the manifest's or index's
    qint64 size = -1;            // config and layers, compressed; an index: its largest platform's
    QStringList platforms;       // "linux/amd64", ...; an index: one per runnable entry
    QList<qint64> platformSizes; // an index: each platform's size, in the order of platforms
    QDateTime created;           // from the config blob; invalid when unknown (an index)
};

} // namespace Berth::Ui

Q_DECLARE_METATYPE(Berth::Ui::TagDetails)
