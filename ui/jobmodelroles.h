// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Berth::Ui {

// Roles of the jobs model: the raw values behind what the columns show. Job rows and
// their layer rows answer the same roles where they mean the same thing.
enum JobModelRole {
    JobSortRole = Qt::UserRole, // the raw value a column sorts by (bytes, seconds, state)
    JobIdRole,                  // the job's id, on its layer rows too
    JobStateRole,               // int(Jobs::JobState); job rows only
    FractionRole,               // double 0..1 of the bytes moved, -1 while the size is unknown
    BytesDoneRole,              // qint64
    BytesTotalRole,             // qint64, -1 while unknown
    LayerIdRole,                // the layer's id; layer rows only
    ErrorTextRole,              // the error the job failed or was cancelled with, else empty
};

} // namespace Berth::Ui
