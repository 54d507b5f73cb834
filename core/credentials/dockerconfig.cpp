// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/dockerconfig.h"

#include "credentials/registrykey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Auth {

namespace {

class ConfigText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Auth::DockerConfig)
};

// A config file of Docker's is small; anything larger is not one.
constexpr qint64 MaxConfigBytes = 4 * 1024 * 1024;

// `auth` is base64("user:password"); the password may hold ':' but the user may not.
std::optional<Credentials> decodeAuth(const QString &auth)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    Credentials credentials;
    credentials.username = QString::fromUtf8(decoded.decoded.left(colon));
    credentials.password = QString::fromUtf8(decoded.decoded.mid(colon + 1));
    return credentials;
}

} // namespace

QString DockerConfig::path()
{
    const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
    return (dir.isEmpty() ? QDir::homePath() + QStringLiteral("/.docker") : dir) +
           QStringLiteral("/config.json");
}

Result<DockerConfig> DockerConfig::load()
{
    QFile file(path());
    if (!file.exists())
        return DockerConfig();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     ConfigText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > MaxConfigBytes)
        return Error(ErrorKind::Invalid,
                     ConfigText::tr("%1 is too large for a Docker config").arg(file.fileName()));
    auto config = parse(file.readAll());
    if (!config)
        return Error(config.error().kind(),
                     file.fileName() + QStringLiteral(": ") + config.error().message());
    return config;
}

Result<DockerConfig> DockerConfig::parse(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error(ErrorKind::Invalid, ConfigText::tr("not a JSON object (Docker's config)"));
    const QJsonObject root = document.object();
    DockerConfig config;
    config.m_credsStore = root.value(QLatin1StringView("credsStore")).toString();
    const QJsonObject helpers = root.value(QLatin1StringView("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        if (it.value().isString() && !it.value().toString().isEmpty())
            config.m_helpers.insert(RegistryKey::of(it.key()), it.value().toString());
    }
    const QJsonObject auths = root.value(QLatin1StringView("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        Credentials credentials;
        if (const auto decoded = decodeAuth(entry.value(QLatin1StringView("auth")).toString()))
            credentials = *decoded;
        credentials.identityToken = entry.value(QLatin1StringView("identitytoken")).toString();
        // An entry without a secret (what credsStore leaves behind) only names the registry.
        config.m_auths.insert(RegistryKey::of(it.key()), credentials);
    }
    return config;
}

std::optional<DockerConfig::Source> DockerConfig::sourceFor(const QString &registry) const
{
    const QString key = RegistryKey::of(registry);
    if (const auto helper = m_helpers.constFind(key); helper != m_helpers.constEnd())
        return Source{*helper, {}};
    if (!m_credsStore.isEmpty())
        return Source{m_credsStore, {}};
    if (const auto auth = m_auths.constFind(key); auth != m_auths.constEnd() && !auth->isEmpty())
        return Source{{}, *auth};
    return std::nullopt;
}

QStringList DockerConfig::registries() const
{
    QStringList keys = m_helpers.keys();
    for (auto it = m_auths.constBegin(); it != m_auths.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            keys.append(it.key());
    }
    keys.sort();
    return keys;
}

} // namespace Berth::Auth
