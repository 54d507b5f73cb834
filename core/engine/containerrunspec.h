// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Engine {

// What `docker run` is asked for, as berthctl run and the window's Run… take it.
struct ContainerRunSpec
{
    QString image;
    QStringList command;               // empty: the image's CMD
    std::optional<QString> entrypoint; // set (even empty): replaces the image's ENTRYPOINT
    QStringList environment;           // K=V
    QStringList ports;                 // [IP:]HOST:CONTAINER[/PROTO] or CONTAINER[/PROTO]
    QString name;
    bool autoRemove = false;
    bool interactive = false; // -i: stdin attached and kept open
    bool tty = false;         // -t: a pseudo-terminal; output raw instead of framed

    // The body of POST /containers/create, as the docker CLI sends it; fails on a port
    // or variable it cannot read.
    Result<QJsonObject> createBody() const;
};

} // namespace Berth::Engine
