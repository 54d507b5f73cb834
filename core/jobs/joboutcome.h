// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QString>
#include <QStringList>

namespace Berth::Jobs {

// How one run of a job ended.
struct JobOutcome
{
    Result<void> result;
    QString digest;
    QStringList output;
    // The engine answered at least once; when it never did, nothing was half-made and
    // running the job again is safe.
    bool reachedEngine = false;
};

} // namespace Berth::Jobs
