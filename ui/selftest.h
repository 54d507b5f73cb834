// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Berth::Ui {

// `berth --self-test`: builds the window with its models and checks, without any engine,
// that the pieces are wired: widgets exist, the filter filters, an unreachable engine
// shows the banner. Prints what it checks; returns the process exit code.
int runSelfTest();

} // namespace Berth::Ui
