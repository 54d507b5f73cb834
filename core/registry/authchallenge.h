// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace Berth::Registry {

// One challenge of a WWW-Authenticate header (RFC 7235): a scheme and its auth-params.
// `Bearer realm="https://auth.example/token",service="registry",scope="repository:a:pull,push"`
struct AuthChallenge
{
    QString scheme;                // lowercased: "bearer", "basic", ...
    QMap<QString, QString> params; // names lowercased, values unquoted

    QString param(const QString &name) const { return params.value(name); }
    bool isBearer() const { return scheme == u"bearer"; }
    bool isBasic() const { return scheme == u"basic"; }

    // Parses every challenge of one header value (several may share a header, separated
    // by commas). Tolerant: junk is skipped, never more than the input is allocated.
    static QList<AuthChallenge> parse(const QByteArray &header);
    // The challenge Berth answers: Bearer if offered, else Basic; nullptr if neither.
    static const AuthChallenge *preferred(const QList<AuthChallenge> &challenges);
};

// Whether credentials may be sent to a token realm: it must be https, unless the registry
// is marked insecure, or both the registry and the realm are plain http on the loopback
// (a local test registry).
bool realmAllowed(const QUrl &realm, const QUrl &registry, bool registryInsecure);

} // namespace Berth::Registry
