// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Engine {

// Whether an engine's push or pull failed because the registry refused the login the daemon
// was given: the daemon passes the registry's words on ("unauthorized: authentication
// required", "denied: ..."), so the text is all there is to go by. An ECR token that lapsed
// while the computer slept reads so (docs/aws.md).
bool isLoginRefusal(const QString &engineMessage);

} // namespace Berth::Engine
