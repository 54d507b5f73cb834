// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/imagesummary.h"

#include <QList>
#include <QString>

namespace Berth::Engine {

// A row of `docker images`: a repository and tag (or digest) of an image.
struct ImageRow
{
    QString repository;
    QString tag;
    QString digest; // "<none>" for a tagged row without --digests, "" for a digest-only one
    QString id;
    qint64 created = 0;
    qint64 size = 0;
};

// The rows `docker images` shows, in the same way (docker/cli's image formatter): a row per
// tag; with `digests`, a row per tag and digest of its repository; a row per repository
// that an image is known by only through a digest (pulled by digest), tagged "<none>"; and
// "<none>" "<none>" for an image with neither. tagDigests: a tag's row per digest of its
// repository even without `digests`, as docker does when --format names {{.Digest}}.
// Newest first, as the engine sends them; images created in the same second (which the
// engine sends in no fixed order, from one call to the next) by ID, so the same images
// always print the same (docs/differences.md).
QList<ImageRow> dockerImageRows(const QList<ImageSummary> &images, bool digests, bool tagDigests);

} // namespace Berth::Engine
