// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/transferprogress.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Jobs {

// A running job's progress as the window and berthctl show it: the layers, and their sum
// as bytes, speed and time left.
struct JobProgress
{
    QList<Engine::LayerProgress> layers;
    qint64 bytesDone = 0;      // Build: the bytes of the context sent
    qint64 bytesTotal = -1;    // -1 while unknown
    double bytesPerSecond = 0; // over the last few seconds
    qint64 etaSeconds = -1;    // -1 while unknown
    QString status;            // the daemon's latest word on the whole job, or a retry notice
    QStringList log;           // Build: the daemon's output lines so far (shared, not copied)
};

} // namespace Berth::Jobs
