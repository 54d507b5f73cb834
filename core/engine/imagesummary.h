// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Berth::Engine {

// One entry of GET /images/json. Fields of newer API versions are read when present and
// never required.
struct ImageSummary
{
    QString id; // sha256:<config digest>
    QString parentId;
    QStringList repoTags;
    QStringList repoDigests;
    qint64 created = 0; // unix seconds
    qint64 size = 0;
    qint64 containers = -1; // -1 unless the engine counted
    QMap<QString, QString> labels;
};

// One row per tag, as `docker images` shows them; an untagged image gives one row
// with "<none>" for repository and tag.
struct ImageTagRow
{
    QString repository;
    QString tag;
    QString id;
    qint64 created = 0;
    qint64 size = 0;
    // The image's RepoDigests ("127.0.0.1:5000/a@sha256:..."): what its registries named it
    // when it was pulled or pushed, which drift compares with what they name now.
    QStringList repoDigests;

    friend bool operator==(const ImageTagRow &, const ImageTagRow &) = default;
};

class ImageSummaryParser final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::ImageSummaryParser)

public:
    static Result<QList<ImageSummary>> parse(const QByteArray &json);
    static QList<ImageTagRow> tagRows(const QList<ImageSummary> &images);
};

} // namespace Berth::Engine
