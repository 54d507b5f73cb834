// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentials.h"

namespace Berth::Engine {

// What the daemon passes to a registry for a push or pull (X-Registry-Auth): the one
// credentials type, under the name the engine's code has always used.
using RegistryAuth = Berth::Credentials;

} // namespace Berth::Engine
