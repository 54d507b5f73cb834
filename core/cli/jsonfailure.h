// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Cli {

// A failure as --json prints it on stdout, one line: {"reference": ..., "error": ...}, so a
// script that ran several operations sees which failed; the message still goes to stderr.
QString jsonFailureLine(const QString &reference, const QString &error);

} // namespace Berth::Cli
