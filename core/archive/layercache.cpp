// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/layercache.h"

namespace Berth::Archive {

LayerCache::LayerCache(qint64 maxEntries)
    : m_maxEntries(maxEntries)
{}

LayerCache &LayerCache::shared()
{
    static LayerCache cache;
    return cache;
}

SharedLayerContents LayerCache::find(const QString &digest)
{
    if (digest.isEmpty())
        return {};
    QMutexLocker lock(&m_mutex);
    const auto it = m_listings.constFind(digest);
    if (it == m_listings.cend())
        return {};
    m_recent.removeOne(digest);
    m_recent.append(digest);
    return *it;
}

void LayerCache::insert(const QString &digest, SharedLayerContents contents)
{
    if (digest.isEmpty() || !contents)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_listings.contains(digest))
        return;
    m_entries += contents->entries.size();
    m_listings.insert(digest, std::move(contents));
    m_recent.append(digest);
    while (m_entries > m_maxEntries && m_recent.size() > 1) {
        const QString oldest = m_recent.takeFirst();
        m_entries -= m_listings.take(oldest)->entries.size();
    }
}

} // namespace Berth::Archive
