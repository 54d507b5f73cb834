// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layerfiletree.h"

#include <QHash>

namespace Berth::Ui {

using namespace Archive;

namespace {

// The node of `path`, made with its parents as needed.
int nodeFor(LayerFileTree &tree, QHash<QString, int> &index, const QString &path)
{
    if (path.isEmpty())
        return 0;
    if (const auto it = index.constFind(path); it != index.cend())
        return *it;
    const qsizetype slash = path.lastIndexOf(u'/');
    const int parent = nodeFor(tree, index, slash < 0 ? QString() : path.left(slash));
    LayerFileTree::Node node;
    node.name = path.sliced(slash + 1);
    node.path = path;
    node.entry.path = path;
    node.entry.type = EntryType::Directory;
    node.parent = parent;
    const int id = int(tree.nodes.size());
    tree.nodes.append(node);
    tree.nodes[parent].children.append(id);
    index.insert(path, id);
    return id;
}

} // namespace

LayerFileTree LayerFileTree::build(const ImageContents &contents, int layer, bool onlyChanged)
{
    const int last = layer < 0 ? int(contents.image.layers.size()) - 1 : layer;
    ImageFilesystem filesystem;
    for (int i = 0; i <= last && i < contents.image.layers.size(); ++i) {
        const auto &listing = contents.image.layers.at(i).contents;
        filesystem.addLayer(listing ? listing->entries : QList<TarEntry>());
    }
    LayerFileTree tree;
    tree.layer = layer;
    tree.wasted = filesystem.wastedSpace();
    tree.nodes.append(Node{});
    QHash<QString, int> index;
    for (const auto &[path, record] : filesystem.paths()) {
        Change change = Change::None;
        if (!record.events.isEmpty() && record.events.last().layer == last && layer >= 0) {
            const PathChange happened = record.events.last().change;
            change = happened == PathChange::Added     ? Change::Added
                     : happened == PathChange::Changed ? Change::Changed
                                                       : Change::Removed;
        }
        if (!record.present && change != Change::Removed)
            continue;
        if (onlyChanged && change == Change::None)
            continue;
        Node &node = tree.nodes[nodeFor(tree, index, path)];
        node.entry = record.entry;
        node.lastLayer = record.lastLayer();
        node.change = change;
    }
    // Sizes add up from the leaves: nodes come after their parents, so walk backwards.
    for (qsizetype i = tree.nodes.size() - 1; i > 0; --i) {
        Node &node = tree.nodes[i];
        if (node.entry.type != EntryType::Directory && node.change != Change::Removed)
            node.totalSize = node.entry.size;
        tree.nodes[node.parent].totalSize += node.totalSize;
    }
    return tree;
}

} // namespace Berth::Ui
