// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/imagerefsmime.h"

#include <QMimeData>
#include <QUrl>

namespace TestUi {

// What a drag carries, written short: "local:a,b", "remote:a,b" (a tag ending in
// "@index=os/arch;os/arch" names an index of those platforms), "files:a,b", "text:..."
inline QMimeData *dragOf(const QString &what, const QString &engine)
{
    const QString kind = what.section(u':', 0, 0);
    const QString rest = what.section(u':', 1);
    if (kind == u"files") {
        auto *data = new QMimeData;
        QList<QUrl> urls;
        for (const QString &file : rest.split(u','))
            urls.append(QUrl::fromLocalFile(file));
        data->setUrls(urls);
        return data;
    }
    if (kind == u"text") {
        auto *data = new QMimeData;
        data->setText(rest);
        return data;
    }
    Berth::Ui::ImageRefsPayload payload;
    payload.kind = kind == u"local" ? Berth::Ui::ImageRefsPayload::SourceKind::Engine
                                    : Berth::Ui::ImageRefsPayload::SourceKind::Registry;
    for (const QString &item : rest.split(u',')) {
        Berth::Ui::ImageRefsPayload::Image image;
        image.reference = item.section(QStringLiteral("@index="), 0, 0);
        // A local untagged image travels as its id, which is its digest too.
        if (image.reference.startsWith(QStringLiteral("sha256:")))
            image.digest = image.reference;
        if (item.contains(QStringLiteral("@index="))) {
            image.index = true;
            image.platforms = item.section(QStringLiteral("@index="), 1).split(u';');
        }
        payload.images.append(image);
    }
    payload.source =
        kind == u"local" ? engine : payload.images.first().reference.section(u'/', 0, 0);
    return payload.toMimeData();
}

} // namespace TestUi
