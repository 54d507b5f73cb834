// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace Berth::Aws {

// The account and region an ECR registry host belongs to (docs/aws.md):
// ACCOUNT.dkr.ecr.REGION.amazonaws.com, ACCOUNT.dkr.ecr-fips.REGION.amazonaws.com and
// ACCOUNT.dkr.ecr.REGION.amazonaws.com.cn. An image on such a host gets its registry token
// from that account's ECR API without being told.
struct EcrRegistryHost
{
    QString account; // 12 digits
    QString region;
    bool fips = false;

    // nullopt for any other host (a port, a path or a user part is not ECR's).
    static std::optional<EcrRegistryHost> parse(const QString &host);
    // parse(), else the host's entry in BERTH_ECR_REGISTRY_HOSTS when that is set:
    // "HOST[:PORT]=ACCOUNT:REGION", several separated by commas. For a registry that serves
    // ECR's tokens under another name (an emulator, a test's stand-in, a proxy).
    static std::optional<EcrRegistryHost> forRegistry(const QString &registry,
                                                      const QProcessEnvironment &environment);
    // The host for an account and region, as AWS names it.
    QString host() const;
};

} // namespace Berth::Aws
