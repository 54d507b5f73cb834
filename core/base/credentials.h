// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Berth {

// Who talks to a registry: the one type the engine (X-Registry-Auth), the registry client
// (Basic or Bearer) and the credential store share. Empty means anonymous. As secret as the
// password it holds: never logged, never in a setting, a file, an error text or a job record.
struct Credentials
{
    QString username;
    QString password;      // a password or a personal access token
    QString serverAddress; // host[:port], no scheme; Docker Hub: https://index.docker.io/v1/
    QString
        identityToken; // an OAuth2 refresh token (Docker's identity token), instead of a password

    bool isEmpty() const
    {
        return username.isEmpty() && password.isEmpty() && identityToken.isEmpty();
    }
    bool isAnonymous() const { return isEmpty(); }
    // The X-Registry-Auth header value for the engine: base64url with padding of the JSON
    // object, keys in the order the docker CLI writes them; "{}" (e30=) when anonymous.
    QByteArray toHeaderValue() const;
};

} // namespace Berth
