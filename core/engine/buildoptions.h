// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Berth::Engine {

// What `docker build` sends to POST /build, besides the context itself.
struct BuildOptions
{
    QString contextDirectory;
    QString dockerfile = QStringLiteral("Dockerfile"); // relative to the context
    QStringList tags;                                  // NAME:TAG, each a `t`
    QList<QPair<QString, QString>> buildArgs;          // in the order given
    QString target;
    QString platform;
    bool noCache = false;
    bool pull = false;
};

} // namespace Berth::Engine
