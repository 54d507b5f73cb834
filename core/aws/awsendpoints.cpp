// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awsendpoints.h"

namespace Berth::Aws {

QUrl AwsEndpoints::resolve(const QString &service, const QString &region,
                           const QString &explicitUrl, const QProcessEnvironment &environment,
                           const QString &configuredUrl)
{
    if (!explicitUrl.isEmpty())
        return QUrl(explicitUrl);
    for (const QString &name : QStringList{QStringLiteral("AWS_ENDPOINT_URL_") + service.toUpper(),
                                           QStringLiteral("AWS_ENDPOINT_URL")}) {
        const QString value = environment.value(name);
        if (!value.isEmpty())
            return QUrl(value);
    }
    if (!configuredUrl.isEmpty())
        return QUrl(configuredUrl);
    const QString suffix = region.startsWith(QLatin1String("cn-"))
                               ? QStringLiteral("amazonaws.com.cn")
                               : QStringLiteral("amazonaws.com");
    const QString host = service == u"ecr"
                             ? QStringLiteral("api.ecr.%1.%2").arg(region, suffix)
                             : QStringLiteral("%1.%2.%3").arg(service, region, suffix);
    return QUrl(QStringLiteral("https://") + host + u'/');
}

} // namespace Berth::Aws
