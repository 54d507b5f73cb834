// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Berth::Engine {

// Credentials the daemon passes to a registry for a push or pull, sent as the
// X-Registry-Auth header. Never logged; the header value is as secret as the password.
struct RegistryAuth
{
    QString username;
    QString password;
    QString serverAddress; // host[:port], no scheme
    QString identityToken; // instead of username and password

    bool isAnonymous() const
    {
        return username.isEmpty() && password.isEmpty() && identityToken.isEmpty();
    }
    // base64url with padding of the JSON object, keys in the order the docker CLI writes
    // them; "{}" (e30=) when anonymous.
    QByteArray toHeaderValue() const;
};

} // namespace Berth::Engine
