// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/credentials.h"
#include "base/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Berth::Auth {

// What Docker's config.json says about logins, keyed by RegistryKey. Read-only: Berth never
// writes Docker's config.
class DockerConfig final
{
public:
    struct Source
    {
        QString helper;          // a docker-credential-<helper> to ask, or empty
        Credentials credentials; // else the login kept in the file (auths)
    };

    // The file Docker reads: $DOCKER_CONFIG/config.json, else ~/.docker/config.json.
    static QString path();
    // An absent file is an empty config; a file that is not a JSON object is an error.
    static Result<DockerConfig> load();
    static Result<DockerConfig> parse(const QByteArray &json);

    // Where registry's login comes from, in Docker's order: credHelpers[R], then credsStore,
    // then auths[R] (`auth`: base64 of user:password; `identitytoken`). nullopt: none.
    std::optional<Source> sourceFor(const QString &registry) const;
    // Every registry key the config names in credHelpers or auths.
    QStringList registries() const;
    const QString &credsStore() const { return m_credsStore; }

private:
    QHash<QString, QString> m_helpers; // registry key -> helper
    QString m_credsStore;
    QHash<QString, Credentials> m_auths; // registry key -> login kept in the file
};

} // namespace Berth::Auth
