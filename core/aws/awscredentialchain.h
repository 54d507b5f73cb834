// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awsconfigfile.h"
#include "aws/awscredentials.h"
#include "base/result.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Berth::Aws {

// A role the found credentials must be exchanged for (STS AssumeRole) before use.
struct AwsRoleToAssume
{
    QString roleArn;
    QString sessionName;
    QString externalId;
    int durationSeconds = 3600;
};

struct ResolvedAwsCredentials
{
    AwsCredentials credentials; // of the source profile when `role` is set
    QString region;             // empty when nothing names one
    QString profile;            // empty for the environment's keys
    QString source;             // for people: "environment variables", "~/.aws/credentials [dev]"
    QDateTime expiration;       // invalid for long-term keys
    std::optional<AwsRoleToAssume> role;
    // Chained roles: the roles to assume before `role`, innermost (the one the keys assume)
    // first, each with the keys the one before gave.
    QList<AwsRoleToAssume> sourceRoles;
    QString account;     // the name of Berth's AWS account the keys came from, else empty
    QString endpointUrl; // that account's ECR endpoint override, else empty
};

// The chain's last step: an AWS account Berth keeps (AwsAccountStore::findNow). Asked with a
// profile name that neither file has, or with an empty name (the default account) when
// nothing before had credentials. nullopt: Berth keeps no such account.
using KeptAwsAccount =
    std::function<Result<std::optional<ResolvedAwsCredentials>>(const QString &name)>;

// Where the chain looks, as the AWS CLI would (docs/aws.md): the environment, the profile
// named by --profile or AWS_PROFILE, the two INI files.
struct AwsChainOptions
{
    QString profile; // --profile; empty: AWS_PROFILE, AWS_DEFAULT_PROFILE, else "default"
    QString region;  // --region; empty: the environment, then the profile
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString homePath;                                // empty: QDir::homePath()
    std::chrono::milliseconds processTimeout{60000}; // for credential_process
    KeptAwsAccount keptAccount;                      // empty: Berth's accounts are not asked
};

// Finds AWS credentials and the region in the AWS CLI's order: the environment's keys
// (unless a profile was named with --profile), then the profile: a role to assume
// (role_arn with source_profile or credential_source), the credentials file, the
// profile's credential_process, keys in the config file; last, the AWS accounts Berth keeps
// (keptAccount). Keys from the environment or the files never touch the keychain. Blocking
// (credential_process runs to its end): call it from a job's thread or berthctl, never from the GUI
// thread.
class AwsCredentialChain final
{
public:
    explicit AwsCredentialChain(AwsChainOptions options);

    Result<ResolvedAwsCredentials> resolve() const;

    // The files the chain reads: AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE or ~/.aws/.
    QString configPath() const;
    QString credentialsPath() const;

private:
    Result<ResolvedAwsCredentials> fromProfile(const QString &profile, const AwsConfigFile &config,
                                               const AwsConfigFile &credentials, int depth) const;
    Result<ResolvedAwsCredentials> fromProcess(const QString &profile,
                                               const QString &command) const;
    QString regionFor(const QString &profile, const AwsConfigFile &config) const;
    // Whether the files give the profile any way to credentials (keys, a role, a process,
    // SSO): only a profile without one falls through to Berth's accounts.
    static bool providesCredentials(const QString &profile, const AwsConfigFile &config,
                                    const AwsConfigFile &credentials);
    std::optional<Result<ResolvedAwsCredentials>> fromKeptAccount(const QString &name) const;
    QString expandHome(const QString &path) const;

    AwsChainOptions m_options;
};

} // namespace Berth::Aws
