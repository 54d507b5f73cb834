// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Berth::Aws {

// Where a service's API answers (docs/aws.md): an explicit --endpoint-url first, then
// AWS_ENDPOINT_URL_<SERVICE> and AWS_ENDPOINT_URL, then the one Berth's AWS account names
// (configuredUrl), then AWS's own host for the region (api.ecr.REGION.amazonaws.com,
// sts.REGION.amazonaws.com; .com.cn in China).
class AwsEndpoints final
{
public:
    static QUrl resolve(const QString &service, const QString &region, const QString &explicitUrl,
                        const QProcessEnvironment &environment, const QString &configuredUrl = {});
};

} // namespace Berth::Aws
