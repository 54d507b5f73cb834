// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/layerreader.h"

#include <QList>

#include <memory>

namespace Berth::Archive {

// Every entry of one layer, in the tar's order, and what reading it counted.
struct LayerContents
{
    QList<TarEntry> entries;
    LayerStats stats;
};

using SharedLayerContents = std::shared_ptr<const LayerContents>;

} // namespace Berth::Archive
