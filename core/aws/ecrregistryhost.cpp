// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/ecrregistryhost.h"

#include <QRegularExpression>

namespace Berth::Aws {

std::optional<EcrRegistryHost> EcrRegistryHost::parse(const QString &host)
{
    // Host names are case-insensitive; regions are lower case letters, digits and dashes.
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{12})\\.dkr\\.ecr(-fips)?\\.([a-z]{2}(?:-[a-z]+)+-[0-9]+)"
                       "\\.amazonaws\\.com(\\.cn)?$"));
    const auto match = pattern.match(host.toLower());
    if (!match.hasMatch())
        return std::nullopt;
    const QString region = match.captured(3);
    // China's regions live under .com.cn, and only there.
    if (region.startsWith(QLatin1String("cn-")) != match.hasCaptured(4))
        return std::nullopt;
    return EcrRegistryHost{match.captured(1), region, match.hasCaptured(2)};
}

std::optional<EcrRegistryHost> EcrRegistryHost::forRegistry(const QString &registry,
                                                            const QProcessEnvironment &environment)
{
    if (auto host = parse(registry))
        return host;
    const QString map = environment.value(QStringLiteral("BERTH_ECR_REGISTRY_HOSTS"));
    for (const QString &item : map.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        const QStringList accountRegion = item.mid(equals + 1).trimmed().split(u':');
        if (equals > 0 && accountRegion.size() == 2 &&
            item.left(equals).trimmed().compare(registry, Qt::CaseInsensitive) == 0)
            return EcrRegistryHost{accountRegion.at(0), accountRegion.at(1), false};
    }
    return std::nullopt;
}

QString EcrRegistryHost::host() const
{
    return QStringLiteral("%1.dkr.ecr%2.%3.amazonaws.com%4")
        .arg(account, fips ? QStringLiteral("-fips") : QString(), region,
             region.startsWith(QLatin1String("cn-")) ? QStringLiteral(".cn") : QString());
}

} // namespace Berth::Aws
