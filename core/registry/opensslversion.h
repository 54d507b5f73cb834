// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth::Registry {

// The version of the OpenSSL Berth runs with ("3.0.15"), for the About box.
QString opensslVersion();

} // namespace Berth::Registry
