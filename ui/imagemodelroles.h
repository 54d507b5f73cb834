// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Berth::Ui {

// Roles of the image models. SortRole gives the raw value a column sorts by (bytes,
// seconds), where DisplayRole gives the human form.
enum ImageModelRole {
    SortRole = Qt::UserRole,
    ImageIdRole,   // full "sha256:..." id
    ReferenceRole, // "repository:tag", or the id for untagged images
    DriftRole,     // the tag's Registry::DriftState as an int; invalid until known
};

} // namespace Berth::Ui
