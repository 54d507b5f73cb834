// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Berth::Engine {

// One line of the JSON stream that pull, push, load and build answer with.
struct ProgressMessage
{
    QString status;       // "Downloading", "Pushed", "Digest: sha256:...", ...
    QString id;           // short layer id, or the tag on "Pulling from" lines
    qint64 current = -1;  // progressDetail.current, -1 when absent
    qint64 total = -1;    // progressDetail.total, -1 when absent
    QString stream;       // load and build output
    QJsonObject aux;      // push's {"Tag","Digest","Size"}, build's image id
    QString errorMessage; // errorDetail.message, else error; empty unless the operation failed
    int errorCode = 0;

    bool isError() const { return !errorMessage.isEmpty(); }
};

} // namespace Berth::Engine
