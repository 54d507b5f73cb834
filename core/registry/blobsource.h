// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QObject>

namespace Berth::Registry {

class BlobPipe;

// Where an upload's bytes come from, for one try at a time: open() starts over at the
// blob's first byte and returns a pipe the source fills (and owns until the next open() or
// its own end). A source that cannot go on emits failed().
class BlobSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual Result<BlobPipe *> open() = 0;
    // Stops producing (a cancel or the end of the upload); the pipe stays readable.
    virtual void stop() = 0;

Q_SIGNALS:
    void failed(const Berth::Error &error);
};

} // namespace Berth::Registry
