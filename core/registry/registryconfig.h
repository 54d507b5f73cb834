// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentials.h"

#include <QString>
#include <QUrl>

namespace Berth::Registry {

// What a person may set per registry. Secrets live in Credentials, never here.
struct RegistryConfig
{
    // Plain http and unverified TLS are allowed. Never implied, except that a registry on
    // the loopback may speak plain http (as Docker allows).
    bool insecure = false;
    // A PEM file of CA certificates trusted for this registry, besides the system's.
    QString caFile;
    // A folder laid out as Docker reads /etc/docker/certs.d: <root>/<host:port>/*.crt
    // (CAs), *.cert + *.key (a client certificate).
    QString certsDirRoot;
    // A client certificate (PEM) and its private key (PEM), for a registry that asks for
    // one; both or neither. A certs.d folder's pair, if any, comes after and wins.
    QString clientCertificateFile;
    QString clientKeyFile;
    // Another base URL to talk to instead of the registry's own (a mirror), e.g.
    // "http://127.0.0.1:5000". The token realm still comes from the mirror's challenge.
    QUrl endpointOverride;
    // Use the OAuth2 form (POST) for tokens, falling back to GET where it is not served.
    bool oauth2 = false;
    // How long a request may go without a byte before it is aborted and retried.
    int idleTimeoutMs = 30000;
};

// Who talks to the registry (Basic or Bearer): the one credentials type.
using Credentials = Berth::Credentials;

} // namespace Berth::Registry
