// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dockercontexts.h"

#include "engine/engineendpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Berth::Engine {

namespace {

Result<QJsonObject> readJsonObject(const QString &path, bool missingIsEmpty)
{
    QFile file(path);
    if (!file.exists() && missingIsEmpty)
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     DockerContexts::tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(
            ErrorKind::Invalid,
            DockerContexts::tr("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
    return document.object();
}

} // namespace

DockerContexts::DockerContexts(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

QString DockerContexts::configDir() const
{
    const QString configured = m_environment.value(QStringLiteral("DOCKER_CONFIG"));
    if (!configured.isEmpty())
        return configured;
    const QString home = m_environment.value(QStringLiteral("HOME"), QDir::homePath());
    return home + QStringLiteral("/.docker");
}

QString DockerContexts::metaFolderName(const QString &contextName)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(contextName.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> DockerContexts::currentContext() const
{
    const auto config =
        readJsonObject(configDir() + QStringLiteral("/config.json"), /*missingIsEmpty=*/true);
    if (!config)
        return config.error();
    return config->value(QLatin1String("currentContext")).toString();
}

DockerContext DockerContexts::defaultContext() const
{
    DockerContext context;
    context.name = QStringLiteral("default");
    context.description = tr("Current DOCKER_HOST based configuration");
    context.host = m_environment.value(QStringLiteral("DOCKER_HOST"));
    if (context.host.isEmpty())
        context.host = EngineEndpoint::defaultUrl();
    // DOCKER_TLS_VERIFY verifies with DOCKER_CERT_PATH's ca.pem; DOCKER_TLS alone encrypts
    // without verifying (the docker CLI's rules).
    const bool verify = !m_environment.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();
    const bool tls = verify || !m_environment.value(QStringLiteral("DOCKER_TLS")).isEmpty();
    if (tls) {
        context.tlsDir = m_environment.value(QStringLiteral("DOCKER_CERT_PATH"), configDir());
        context.skipTlsVerify = !verify;
    }
    return context;
}

Result<DockerContext> DockerContexts::fromMeta(const QString &metaFile) const
{
    const auto meta = readJsonObject(metaFile, /*missingIsEmpty=*/false);
    if (!meta)
        return meta.error();
    DockerContext context;
    context.name = meta->value(QLatin1String("Name")).toString();
    context.description = meta->value(QLatin1String("Metadata"))
                              .toObject()
                              .value(QLatin1String("Description"))
                              .toString();
    const QJsonObject docker = meta->value(QLatin1String("Endpoints"))
                                   .toObject()
                                   .value(QLatin1String("docker"))
                                   .toObject();
    context.host = docker.value(QLatin1String("Host")).toString();
    context.skipTlsVerify = docker.value(QLatin1String("SkipTLSVerify")).toBool();
    const QString tls = configDir() + QStringLiteral("/contexts/tls/") +
                        metaFolderName(context.name) + QStringLiteral("/docker");
    if (QFileInfo::exists(tls))
        context.tlsDir = tls;
    return context;
}

Result<DockerContext> DockerContexts::find(const QString &name) const
{
    if (name == u"default")
        return defaultContext();
    const QString meta = configDir() + QStringLiteral("/contexts/meta/") + metaFolderName(name) +
                         QStringLiteral("/meta.json");
    if (!QFileInfo::exists(meta))
        return Error(ErrorKind::NotFound, tr("context \"%1\" does not exist").arg(name));
    return fromMeta(meta);
}

Result<QList<DockerContext>> DockerContexts::list() const
{
    QList<DockerContext> contexts{defaultContext()};
    QDir metaDir(configDir() + QStringLiteral("/contexts/meta"));
    QList<DockerContext> stored;
    for (const QString &folder : metaDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString meta = metaDir.filePath(folder) + QStringLiteral("/meta.json");
        if (!QFileInfo::exists(meta))
            continue;
        auto context = fromMeta(meta);
        if (!context)
            return context.error();
        stored.append(*context);
    }
    std::sort(stored.begin(), stored.end(),
              [](const DockerContext &a, const DockerContext &b) { return a.name < b.name; });
    return contexts + stored;
}

Result<QString> DockerContexts::chosenName(const QString &explicitContext,
                                           const QString &explicitHost) const
{
    if (!explicitContext.isEmpty() && !explicitHost.isEmpty())
        return Error(ErrorKind::Invalid, tr("Conflicting options: either specify --host or "
                                            "--context, not both"));
    if (!explicitContext.isEmpty())
        return explicitContext;
    if (!explicitHost.isEmpty() || !m_environment.value(QStringLiteral("DOCKER_HOST")).isEmpty())
        return QStringLiteral("default");
    const QString fromEnvironment = m_environment.value(QStringLiteral("DOCKER_CONTEXT"));
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const auto current = currentContext();
    if (!current)
        return current.error();
    return current->isEmpty() ? QStringLiteral("default") : *current;
}

} // namespace Berth::Engine
