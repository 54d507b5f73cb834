// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Cli {

// The examples and the global options a command's --help ends with. program: the
// command as its usage line names it ("berthctl images ls").
QString helpEpilogue(const QString &program);

} // namespace Berth::Cli
