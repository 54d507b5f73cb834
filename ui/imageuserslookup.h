// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"

#include <QMap>
#include <QObject>
#include <QStringList>

namespace Berth::Ui {

// Which containers use some local images, asked on a worker thread before a removal is
// confirmed: the engine's container list filtered by ancestor, one call per image, at once.
class ImageUsersLookup final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // On the lookup's thread. `request` comes back with the answer.
    void lookUp(quint64 request, const Engine::EngineEndpoint &endpoint, const QStringList &ids);

Q_SIGNALS:
    // image id -> "name (state)" of each container made from it; ids no container uses are
    // left out. `problem` says which list could not be read (empty when all were).
    void found(quint64 request, const QMap<QString, QStringList> &users, const QString &problem);
};

} // namespace Berth::Ui
