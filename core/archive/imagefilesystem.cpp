// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/imagefilesystem.h"

#include "archive/whiteout.h"

#include <algorithm>

namespace Berth::Archive {

std::optional<PathEvent> PathRecord::nextAfter(int layer) const
{
    for (const PathEvent &event : events)
        if (event.layer > layer)
            return event;
    return std::nullopt;
}

void ImageFilesystem::remove(const QString &path, int layer, bool keepPathItself)
{
    const auto removeRecord = [layer](PathRecord &record) {
        if (!record.present)
            return;
        record.present = false;
        record.events.append({layer, PathChange::Removed, 0});
    };
    if (!path.isEmpty() && !keepPathItself)
        if (auto it = m_paths.find(path); it != m_paths.end())
            removeRecord(it->second);
    // Everything beneath: the keys that start with "path/" sort together ('/' sorts before
    // every other character a name may hold except a few controls, which stay correct
    // because the loop only stops at the first key that no longer has the prefix).
    const QString prefix = path.isEmpty() ? QString() : path + u'/';
    for (auto it = m_paths.lower_bound(prefix); it != m_paths.end(); ++it) {
        if (!it->first.startsWith(prefix))
            break;
        removeRecord(it->second);
    }
}

void ImageFilesystem::addLayer(const QList<TarEntry> &entries)
{
    const int layer = m_layers++;
    for (const TarEntry &entry : entries) {
        const Whiteout whiteout = Whiteout::of(entry.path);
        if (whiteout.kind == Whiteout::Remove)
            remove(whiteout.target, layer, false);
        else if (whiteout.kind == Whiteout::Opaque)
            remove(whiteout.target, layer, true);
    }
    for (const TarEntry &entry : entries) {
        if (Whiteout::of(entry.path).kind != Whiteout::None)
            continue;
        PathRecord &record = m_paths[entry.path];
        // A path written twice in one layer (tar allows it) is one change: the last wins.
        if (!record.events.isEmpty() && record.events.last().layer == layer &&
            record.events.last().change != PathChange::Removed) {
            record.events.last().size = entry.size;
        } else {
            record.events.append(
                {layer, record.present ? PathChange::Changed : PathChange::Added, entry.size});
        }
        // A file put where a directory was replaces the directory and all it held.
        if (record.present && record.entry.type == EntryType::Directory &&
            entry.type != EntryType::Directory)
            remove(entry.path, layer, true);
        record.entry = entry;
        record.present = true;
    }
}

WastedSpace ImageFilesystem::wastedSpace() const
{
    WastedSpace waste;
    for (const auto &[path, record] : m_paths) {
        if (record.events.size() < 2 || record.entry.type == EntryType::Directory)
            continue;
        WastedPath wasted{path, 0, int(record.events.size())};
        for (const PathEvent &event : record.events)
            wasted.bytes += event.size;
        if (wasted.bytes == 0)
            continue;
        waste.totalBytes += wasted.bytes;
        waste.paths.append(wasted);
    }
    std::stable_sort(waste.paths.begin(), waste.paths.end(),
                     [](const WastedPath &a, const WastedPath &b) { return a.bytes > b.bytes; });
    return waste;
}

} // namespace Berth::Archive
