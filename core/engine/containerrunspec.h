// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Berth::Engine {

// When docker run pulls the image first: when it is not here (the default), every time
// (a newer image may be on the registry), or never (a missing image is an error).
enum class PullPolicy { Missing, Always, Never };

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
    PullPolicy pull = PullPolicy::Missing;

    // The body of POST /containers/create, as the docker CLI sends it; fails on a port
    // or variable it cannot read.
    Result<QJsonObject> createBody() const;
    // The image as docker run names and pulls it when it is missing: its familiar name with
    // the tag ("busybox:latest", "127.0.0.1:5000/app:1", NAME@DIGEST); nullopt for an image
    // ID or what is not a name, which are never pulled.
    std::optional<QString> pullableImage() const;
};

} // namespace Berth::Engine
