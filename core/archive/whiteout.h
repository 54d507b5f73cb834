// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Archive {

// What an OCI whiteout entry of a layer means (image-spec, layer.md): ".wh.NAME" removes
// NAME (and all beneath it) from the layers below; ".wh..wh..opq" in a directory hides
// everything the layers below put in it. Other ".wh..wh." names are aufs bookkeeping.
struct Whiteout
{
    enum Kind { None, Remove, Opaque, Bookkeeping };
    Kind kind = None;
    QString target; // Remove: the path removed; Opaque: the directory ("" for the root)

    static Whiteout of(const QString &path);
};

} // namespace Berth::Archive
