// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/imagerows.h"

#include <algorithm>

namespace Berth::Engine {

namespace {

// "repo:tag" or "repo@digest" split at the separator after the last '/' (a registry port
// is neither a tag nor a digest).
QPair<QString, QString> split(const QString &reference, QChar separator)
{
    const qsizetype at = reference.lastIndexOf(separator);
    if (at <= reference.lastIndexOf(u'/'))
        return {reference, QString()};
    return {reference.left(at), reference.mid(at + 1)};
}

// Keys in the order first seen, each with its values.
struct Grouped
{
    QStringList keys;
    QHash<QString, QStringList> values;

    void add(const QPair<QString, QString> &pair)
    {
        if (!values.contains(pair.first))
            keys.append(pair.first);
        values[pair.first].append(pair.second);
    }
};

} // namespace

// The engine's order (newest first), with the images of one second, which it sends in no
// fixed order, by ID.
static QList<ImageSummary> newestFirst(QList<ImageSummary> images)
{
    std::stable_sort(images.begin(), images.end(),
                     [](const ImageSummary &a, const ImageSummary &b) {
                         return a.created != b.created ? a.created > b.created : a.id < b.id;
                     });
    return images;
}

QList<ImageRow> dockerImageRows(const QList<ImageSummary> &images, bool digests, bool tagDigests)
{
    static const QString none = QStringLiteral("<none>");
    QList<ImageRow> rows;
    for (const ImageSummary &image : newestFirst(images)) {
        const ImageRow base{none, none, none, image.id, image.created, image.size};
        Grouped tags;
        Grouped repoDigests;
        for (const QString &repoTag : image.repoTags) {
            // Before API 1.43 an untagged image lists "<none>:<none>"; later ones nothing.
            if (repoTag != u"<none>:<none>")
                tags.add(split(repoTag, u':'));
        }
        for (const QString &repoDigest : image.repoDigests) {
            if (repoDigest != u"<none>@<none>")
                repoDigests.add(split(repoDigest, u'@'));
        }
        for (const QString &repository : std::as_const(tags.keys)) {
            const QStringList known = repoDigests.values.take(repository);
            repoDigests.keys.removeAll(repository);
            for (const QString &tag : tags.values.value(repository)) {
                ImageRow row = base;
                row.repository = repository;
                row.tag = tag.isEmpty() ? none : tag;
                if (!(digests || tagDigests) || known.isEmpty()) {
                    rows.append(row);
                    continue;
                }
                for (const QString &digest : known) {
                    row.digest = digest;
                    rows.append(row);
                }
            }
        }
        for (const QString &repository : std::as_const(repoDigests.keys)) {
            for (const QString &digest : repoDigests.values.value(repository)) {
                ImageRow row = base;
                row.repository = repository;
                row.digest = digests ? digest : QString();
                rows.append(row);
                if (!digests)
                    break; // without digests, one row says the repository knows it
            }
        }
        if (tags.keys.isEmpty() && repoDigests.keys.isEmpty())
            rows.append(base);
    }
    return rows;
}

} // namespace Berth::Engine
