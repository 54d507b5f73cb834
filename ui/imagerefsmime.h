// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndexList>
#include <QStringList>

#include <functional>
#include <optional>

class QMimeData;

namespace Berth::Ui {

// What a drag of images carries: where they come from (an engine or a registry) and, for
// each, its reference, its digest (a local image's id) and what the views know of its
// platforms. Written as `application/x-berth-image-refs` (JSON) beside `text/plain` with
// the references, one a line, so a drop into a terminal or an editor pastes them.
struct ImageRefsPayload
{
    enum class SourceKind { Engine, Registry };
    struct Image
    {
        QString reference;     // a local "repository:tag" (or id), or "domain/path:tag"
        QString digest;        // a local image's id, a remote tag's manifest digest; may be empty
        QStringList platforms; // "linux/amd64", ...; empty when unknown
        bool index = false;    // the tag names an index (several platforms)
    };

    SourceKind kind = SourceKind::Engine;
    QString source; // the engine's URL or the registry's domain
    QList<Image> images;

    static QString mimeType();
    QStringList references() const;
    // A new QMimeData (the caller owns it) with both formats.
    QMimeData *toMimeData() const;
    // A table model's mimeData(): one image per row of `indexes` (a row's other columns
    // add nothing), as `imageOf` gives it from the row's index (nullopt: not an image of
    // this model), in the order of `indexes`; null when no row gives one.
    static QMimeData *
    rowsToMimeData(SourceKind kind, const QString &source, const QModelIndexList &indexes,
                   const std::function<std::optional<Image>(const QModelIndex &)> &imageOf);
    // Berth's own format, else nothing (a drag from another program).
    static std::optional<ImageRefsPayload> fromMimeData(const QMimeData *data);
    // The local files a drag from a file manager names (empty for anything else).
    static QStringList localFiles(const QMimeData *data);
};

} // namespace Berth::Ui
