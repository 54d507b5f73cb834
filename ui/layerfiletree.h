// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagecontents.h"

#include <QList>
#include <QString>

namespace Berth::Ui {

// The files of an image as of one of its layers, as a tree ready for a view: built on a
// worker, handed to the GUI thread whole. Node 0 is the root.
struct LayerFileTree
{
    enum class Change { None, Added, Changed, Removed };

    struct Node
    {
        QString name;
        QString path;
        Archive::TarEntry entry;
        qint64 totalSize = 0;         // a directory: every file beneath it
        int lastLayer = -1;           // the last layer that wrote it, as of the tree's layer
        Change change = Change::None; // what the tree's layer did to it
        int parent = -1;
        QList<int> children;
    };

    QList<Node> nodes;
    int layer = -1; // -1: the whole image
    Archive::WastedSpace wasted;

    // The filesystem after the layers up to `layer` (-1: all), with what `layer` itself
    // added, changed or removed marked; onlyChanged keeps those and their folders only.
    static LayerFileTree build(const Archive::ImageContents &contents, int layer, bool onlyChanged);
};

} // namespace Berth::Ui
