// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Berth::Ui {

// Roles of the Details pane's models.
enum DetailsModelRole {
    // The value as the source gave it (bytes as a number, a list as a QStringList), for
    // sorting and for tests; DisplayRole is the human form.
    DetailsRawRole = Qt::UserRole + 100,
    // The digest the row names ("sha256:..."), for the Copy Digest action; empty if none.
    DetailsDigestRole,
    // A field's stable key ("entrypoint", "size"); rows of other models have none.
    DetailsKeyRole,
};

} // namespace Berth::Ui
