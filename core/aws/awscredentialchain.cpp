// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awscredentialchain.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace Berth::Aws {

namespace {

class ChainText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Aws::AwsCredentialChain)
};

// A role may name a profile that itself assumes a role; the AWS CLI follows such chains.
// Deeper than this is a loop in the files.
constexpr int MaxRoleChain = 5;

Error notFound(const QString &message)
{
    return Error(ErrorKind::NotFound, message);
}

} // namespace

AwsCredentialChain::AwsCredentialChain(AwsChainOptions options)
    : m_options(std::move(options))
{
    if (m_options.homePath.isEmpty())
        m_options.homePath = QDir::homePath();
}

QString AwsCredentialChain::expandHome(const QString &path) const
{
    if (path == u"~" || path.startsWith(QStringLiteral("~/")))
        return m_options.homePath + path.mid(1);
    return path;
}

QString AwsCredentialChain::configPath() const
{
    const QString path = m_options.environment.value(QStringLiteral("AWS_CONFIG_FILE"));
    return expandHome(path.isEmpty() ? QStringLiteral("~/.aws/config") : path);
}

QString AwsCredentialChain::credentialsPath() const
{
    const QString path = m_options.environment.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return expandHome(path.isEmpty() ? QStringLiteral("~/.aws/credentials") : path);
}

QString AwsCredentialChain::regionFor(const QString &profile, const AwsConfigFile &config) const
{
    if (!m_options.region.isEmpty())
        return m_options.region;
    for (const char *name : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        const QString value = m_options.environment.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            return value;
    }
    return config.value(profile, QStringLiteral("region"));
}

Result<ResolvedAwsCredentials> AwsCredentialChain::resolve() const
{
    const QProcessEnvironment &env = m_options.environment;
    QString profile = m_options.profile;
    for (const char *name : {"AWS_PROFILE", "AWS_DEFAULT_PROFILE"}) {
        if (profile.isEmpty())
            profile = env.value(QString::fromLatin1(name));
    }
    const bool named = !profile.isEmpty();
    if (profile.isEmpty())
        profile = QStringLiteral("default");

    const auto config = AwsConfigFile::read(configPath(), AwsConfigFile::Kind::Config);
    if (!config)
        return config.error();
    const auto credentials =
        AwsConfigFile::read(credentialsPath(), AwsConfigFile::Kind::Credentials);
    if (!credentials)
        return credentials.error();

    // As the AWS CLI: keys in the environment win, unless --profile named a profile.
    const QString keyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const QString secret = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (m_options.profile.isEmpty() && !keyId.isEmpty() && !secret.isEmpty()) {
        ResolvedAwsCredentials found;
        QString token = env.value(QStringLiteral("AWS_SESSION_TOKEN"));
        if (token.isEmpty())
            token = env.value(QStringLiteral("AWS_SECURITY_TOKEN"));
        found.credentials = {keyId, secret, token};
        found.region = regionFor(profile, *config);
        found.source = ChainText::tr("environment variables");
        return found;
    }

    if (named && !config->hasProfile(profile) && !credentials->hasProfile(profile)) {
        // A name neither file knows may be one of Berth's accounts.
        if (auto kept = fromKeptAccount(profile))
            return *kept;
        return notFound(ChainText::tr("The config profile (%1) could not be found").arg(profile));
    }
    // Nothing in the environment or the files: Berth's default account, if it keeps one.
    if (!named && !providesCredentials(profile, *config, *credentials)) {
        if (auto kept = fromKeptAccount({}))
            return *kept;
    }
    return fromProfile(profile, *config, *credentials, 0);
}

bool AwsCredentialChain::providesCredentials(const QString &profile, const AwsConfigFile &config,
                                             const AwsConfigFile &credentials)
{
    const QHash<QString, QString> settings = config.profile(profile);
    for (const char *key :
         {"role_arn", "credential_process", "aws_access_key_id", "sso_start_url", "sso_session"}) {
        if (!settings.value(QString::fromLatin1(key)).isEmpty())
            return true;
    }
    return !credentials.value(profile, QStringLiteral("aws_access_key_id")).isEmpty();
}

std::optional<Result<ResolvedAwsCredentials>>
AwsCredentialChain::fromKeptAccount(const QString &name) const
{
    if (!m_options.keptAccount)
        return std::nullopt;
    const auto kept = m_options.keptAccount(name);
    if (!kept)
        return Result<ResolvedAwsCredentials>(kept.error());
    if (!*kept)
        return std::nullopt;
    ResolvedAwsCredentials found = **kept;
    // --region and the environment's region beat the account's own, as they beat a profile's.
    for (const QString &region :
         {m_options.region, m_options.environment.value(QStringLiteral("AWS_REGION")),
          m_options.environment.value(QStringLiteral("AWS_DEFAULT_REGION"))}) {
        if (!region.isEmpty()) {
            found.region = region;
            break;
        }
    }
    return Result<ResolvedAwsCredentials>(found);
}

Result<ResolvedAwsCredentials> AwsCredentialChain::fromProfile(const QString &profile,
                                                               const AwsConfigFile &config,
                                                               const AwsConfigFile &credentials,
                                                               int depth) const
{
    const QHash<QString, QString> settings = config.profile(profile);
    const auto located = [&](ResolvedAwsCredentials found) {
        found.profile = profile;
        found.region = regionFor(profile, config);
        return found;
    };

    const QString roleArn = settings.value(QStringLiteral("role_arn"));
    if (!roleArn.isEmpty()) {
        if (depth >= MaxRoleChain)
            return Error(
                ErrorKind::Invalid,
                ChainText::tr("profile %1: the roles' source profiles form a loop").arg(profile));
        Result<ResolvedAwsCredentials> source = Error(ErrorKind::Internal, QString());
        const QString sourceProfile = settings.value(QStringLiteral("source_profile"));
        const QString credentialSource = settings.value(QStringLiteral("credential_source"));
        if (!sourceProfile.isEmpty()) {
            if (!config.hasProfile(sourceProfile) && !credentials.hasProfile(sourceProfile))
                return notFound(ChainText::tr("The source profile \"%1\" must have credentials.")
                                    .arg(sourceProfile));
            // The source's own role, if any, becomes the first of a chain the STS client
            // assumes from the innermost.
            source = fromProfile(sourceProfile, config, credentials, depth + 1);
        } else if (credentialSource == u"Environment") {
            AwsChainOptions fromEnvironment = m_options;
            fromEnvironment.profile.clear();
            source = AwsCredentialChain(fromEnvironment).resolve();
        } else {
            return Error(ErrorKind::Invalid,
                         ChainText::tr("profile %1 has role_arn but neither source_profile nor "
                                       "credential_source = Environment; Berth supports those two")
                             .arg(profile));
        }
        if (!source)
            return source.error();
        ResolvedAwsCredentials found = *source;
        // A source profile that assumes a role itself: its role is assumed first, and this
        // one with the keys it gives (as the AWS CLI chains them).
        if (found.role)
            found.sourceRoles.append(*found.role);
        AwsRoleToAssume role;
        role.roleArn = roleArn;
        role.sessionName = settings.value(QStringLiteral("role_session_name"));
        role.externalId = settings.value(QStringLiteral("external_id"));
        bool durationOk = false;
        const int duration = settings.value(QStringLiteral("duration_seconds")).toInt(&durationOk);
        if (durationOk && duration > 0)
            role.durationSeconds = duration;
        found.role = role;
        found.source =
            ChainText::tr("role %1 of profile %2, from %3").arg(roleArn, profile, found.source);
        return located(found);
    }

    const QString fileKeyId = credentials.value(profile, QStringLiteral("aws_access_key_id"));
    if (!fileKeyId.isEmpty()) {
        ResolvedAwsCredentials found;
        found.credentials = {fileKeyId,
                             credentials.value(profile, QStringLiteral("aws_secret_access_key")),
                             credentials.value(profile, QStringLiteral("aws_session_token"))};
        if (found.credentials.secretAccessKey.isEmpty())
            return Error(ErrorKind::Invalid,
                         ChainText::tr("%1 [%2] has aws_access_key_id but no aws_secret_access_key")
                             .arg(credentialsPath(), profile));
        found.source = QStringLiteral("%1 [%2]").arg(credentialsPath(), profile);
        return located(found);
    }

    const QString process = settings.value(QStringLiteral("credential_process"));
    if (!process.isEmpty()) {
        auto found = fromProcess(profile, process);
        if (!found)
            return found.error();
        return located(*found);
    }

    const QString configKeyId = settings.value(QStringLiteral("aws_access_key_id"));
    if (!configKeyId.isEmpty()) {
        ResolvedAwsCredentials found;
        found.credentials = {configKeyId, settings.value(QStringLiteral("aws_secret_access_key")),
                             settings.value(QStringLiteral("aws_session_token"))};
        found.source = QStringLiteral("%1 [profile %2]").arg(configPath(), profile);
        return located(found);
    }

    if (settings.contains(QStringLiteral("sso_start_url")) ||
        settings.contains(QStringLiteral("sso_session")))
        return Error(
            ErrorKind::Invalid,
            ChainText::tr("profile %1 signs in with AWS IAM Identity Center (SSO), which Berth "
                          "does not speak; add to it: credential_process = aws configure "
                          "export-credentials --profile %1 --format process")
                .arg(profile));
    return notFound(ChainText::tr("no AWS credentials found: set AWS_ACCESS_KEY_ID and "
                                  "AWS_SECRET_ACCESS_KEY, or run \"aws configure\" (profile %1)")
                        .arg(profile));
}

Result<ResolvedAwsCredentials> AwsCredentialChain::fromProcess(const QString &profile,
                                                               const QString &command) const
{
    const QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty())
        return Error(ErrorKind::Invalid,
                     ChainText::tr("profile %1: credential_process is empty").arg(profile));
    QProcess process;
    process.setProcessEnvironment(m_options.environment);
    // Its messages are for the user, as with the AWS CLI; its output holds the secret and
    // is never shown.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(words.first(), words.mid(1));
    const auto failed = [&](const QString &why) {
        return Error(ErrorKind::Remote, ChainText::tr("credential_process of profile %1 (%2): %3")
                                            .arg(profile, words.first(), why));
    };
    if (!process.waitForStarted())
        return failed(process.errorString());
    process.closeWriteChannel();
    if (!process.waitForFinished(int(m_options.processTimeout.count()))) {
        process.kill();
        process.waitForFinished();
        return failed(ChainText::tr("no answer after %n second(s); stopped", nullptr,
                                    int(m_options.processTimeout.count() / 1000)));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failed(ChainText::tr("exited with code %1").arg(process.exitCode()));

    QJsonParseError parseError;
    const QJsonObject answer =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return failed(ChainText::tr("its output is not JSON"));
    if (answer.value(QLatin1String("Version")).toInt() != 1)
        return failed(ChainText::tr("its output has Version %1; Berth reads Version 1")
                          .arg(answer.value(QLatin1String("Version")).toVariant().toString()));
    ResolvedAwsCredentials found;
    found.credentials = {answer.value(QLatin1String("AccessKeyId")).toString(),
                         answer.value(QLatin1String("SecretAccessKey")).toString(),
                         answer.value(QLatin1String("SessionToken")).toString()};
    if (!found.credentials.isComplete())
        return failed(ChainText::tr("its output lacks AccessKeyId or SecretAccessKey"));
    const QString expiration = answer.value(QLatin1String("Expiration")).toString();
    if (!expiration.isEmpty()) {
        found.expiration = QDateTime::fromString(expiration, Qt::ISODate);
        if (!found.expiration.isValid())
            return failed(ChainText::tr("its Expiration is not an ISO 8601 time"));
    }
    found.source = ChainText::tr("credential_process of profile %1").arg(profile);
    return found;
}

} // namespace Berth::Aws
