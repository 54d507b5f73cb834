// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Berth::Engine {

// One of the docker CLI's contexts (docs/engines.md): a name and the engine it points to,
// with the TLS material the CLI stored for it.
struct DockerContext
{
    QString name;
    QString description;
    QString host; // "unix:///...", "tcp://...", "ssh://..."; empty: the default
    bool skipTlsVerify = false;
    QString tlsDir; // holds ca.pem, cert.pem, key.pem (any of them); empty: no TLS
};

// The docker CLI's context store: `$DOCKER_CONFIG/config.json` (currentContext) and
// `$DOCKER_CONFIG/contexts/meta/<sha256 of the name>/meta.json`, TLS files under
// `contexts/tls/<same>/docker/`. "default" is never stored: it is DOCKER_HOST (or the
// platform's socket) with DOCKER_TLS_VERIFY / DOCKER_CERT_PATH. Read-only.
class DockerContexts final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::DockerContexts)

public:
    explicit DockerContexts(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // DOCKER_CONFIG, else ~/.docker.
    QString configDir() const;
    // config.json's currentContext; empty when unset (or the file is absent).
    Result<QString> currentContext() const;
    // The context of that name; "default" is made from the environment.
    Result<DockerContext> find(const QString &name) const;
    // "default" first, then the stored ones by name.
    Result<QList<DockerContext>> list() const;
    // The context the docker CLI would use, in its code's order: --context, then --host or
    // a non-empty DOCKER_HOST (the default context), then DOCKER_CONTEXT, then
    // config.json's currentContext, then "default".
    Result<QString> chosenName(const QString &explicitContext, const QString &explicitHost) const;

    static QString metaFolderName(const QString &contextName);

private:
    Result<DockerContext> fromMeta(const QString &metaFile) const;
    DockerContext defaultContext() const;

    QProcessEnvironment m_environment;
};

} // namespace Berth::Engine
