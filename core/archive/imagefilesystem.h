// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/tarentry.h"

#include <QList>

#include <map>
#include <optional>

namespace Berth::Archive {

// What a layer did to a path.
enum class PathChange { Added, Changed, Removed };

struct PathEvent
{
    int layer = 0;
    PathChange change = PathChange::Added;
    qint64 size = 0; // the file's size as that layer wrote it; 0 for a removal
};

// One path across the image's layers: what each layer did to it and, while present, the
// entry of the last layer that wrote it.
struct PathRecord
{
    TarEntry entry;
    bool present = false;
    QList<PathEvent> events;

    int lastLayer() const { return events.isEmpty() ? -1 : events.last().layer; }
    // What the first layer after `layer` did to the path, if any did.
    std::optional<PathEvent> nextAfter(int layer) const;
};

struct WastedPath
{
    QString path;
    qint64 bytes = 0; // every copy's size, the last one included, as dive counts it
    int copies = 0;   // the layers that wrote or removed it
};

struct WastedSpace
{
    qint64 totalBytes = 0;
    QList<WastedPath> paths; // largest first
};

// The image's filesystem as the engine's overlay makes it: layers applied in order, each
// layer's whiteouts before its entries. Keeps, for every path ever written, the layers that
// added, changed and removed it; the paths still present are what `docker export` of a
// container from the image holds (less what the runtime adds).
class ImageFilesystem final
{
public:
    // Applies the next layer (index layerCount()).
    void addLayer(const QList<TarEntry> &entries);
    int layerCount() const { return m_layers; }
    const std::map<QString, PathRecord> &paths() const { return m_paths; }

    // Space taken by files that more than one layer wrote or removed: each such path's
    // bytes in every layer that wrote it. As dive counts it, with one difference: a
    // directory removed as a whole counts every file it held (dive counts only paths that
    // a later layer names).
    WastedSpace wastedSpace() const;

private:
    void remove(const QString &path, int layer, bool keepPathItself);

    std::map<QString, PathRecord> m_paths;
    int m_layers = 0;
};

} // namespace Berth::Archive
