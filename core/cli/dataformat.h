// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Cli {

// How long ago `createdSeconds` was, in the docker CLI's words ("35 minutes ago", go-units'
// HumanDuration). Data, never translated: a table or --format output is the same in
// every locale, so scripts and diffs can rely on it.
QString dockerAge(qint64 createdSeconds, qint64 nowSeconds);

} // namespace Berth::Cli
