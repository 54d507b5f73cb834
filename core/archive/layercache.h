// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/layercontents.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

namespace Berth::Archive {

// Listings of layers by digest. A digest names immutable content, so a listing never goes
// stale: the Layers tab, a comparison and a second look at an image read a layer once. Safe
// to use from several workers at once; the least recently used listings go first once the
// entries held pass the budget.
class LayerCache final
{
public:
    explicit LayerCache(qint64 maxEntries = 2 * 1024 * 1024);

    // The process's one cache.
    static LayerCache &shared();

    SharedLayerContents find(const QString &digest);
    void insert(const QString &digest, SharedLayerContents contents);

private:
    QMutex m_mutex;
    QHash<QString, SharedLayerContents> m_listings;
    QStringList m_recent; // least recently used first
    qint64 m_entries = 0;
    qint64 m_maxEntries;
};

} // namespace Berth::Archive
