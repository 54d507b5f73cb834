// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace Berth::Engine {

// One message of GET /events. Engines before API 1.52 also send the legacy "status",
// "id" and "from" fields, the only ones older engines had; they stand in for Action and
// Actor.ID when those are missing. Every field is optional.
struct EngineEvent
{
    QString type;    // "image", "container", ...; empty from engines older than API 1.22
    QString action;  // image actions: pull, push, tag, untag, delete, import, load, save, prune
    QString actorId; // an image id, or a reference for pull and push
    QMap<QString, QString> attributes; // Actor.Attributes, e.g. "name" for tag and untag
    QString scope;                     // "local" or "swarm"
    qint64 time = 0;                   // unix seconds
    qint64 timeNano = 0;               // unix nanoseconds; the order of events

    // Push and save leave the local image list as it was; every other image action (and
    // any the engine adds later) may change it. An event without a type comes from an
    // engine too old to say, on a stream that asked for image events.
    bool mayChangeImageList() const
    {
        return (type.isEmpty() || type == u"image") && action != u"push" && action != u"save";
    }
};

} // namespace Berth::Engine
