// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a user's setup gives the window, pointed at the ECR stand-in (fixture `ecr`): keys in
// the AWS files, a region; the stand-in named as account 123456789012's registry and API.
#include "testenv.h"

#include <QString>

inline void pointAwsAtEcrStandIn(const QString &host, const QString &endpoint,
                                 const QString &missingConfigFile)
{
    qputenv("AWS_SHARED_CREDENTIALS_FILE",
            (TestEnv::envDir() + QStringLiteral("/ecr/credentials")).toUtf8());
    qputenv("AWS_CONFIG_FILE", missingConfigFile.toUtf8());
    qputenv("AWS_REGION", "eu-west-1");
    qputenv("AWS_ENDPOINT_URL_ECR", endpoint.toUtf8());
    qputenv("BERTH_ECR_REGISTRY_HOSTS",
            (host + QStringLiteral("=123456789012:eu-west-1")).toUtf8());
}
