// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Berth {

// Which login to use, without its secret: what a job's spec and its records carry, so that
// the password travels no further than the one call that needs it.
struct LoginRef
{
    // The registry's key: host[:port] as a reference names it ("docker.io" for Docker Hub).
    QString registry;
    // Empty: the registry's default login, or anonymous when there is none.
    QString username;

    friend bool operator==(const LoginRef &, const LoginRef &) = default;
};

} // namespace Berth
