// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/apiversion.h"

#include <QStringList>

namespace Berth::Engine {

namespace {

std::pair<int, int> split(const QString &version)
{
    const QStringList parts = version.trimmed().split(u'.');
    if (parts.size() != 2)
        return {-1, -1};
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.at(0).toInt(&okMajor);
    const int minor = parts.at(1).toInt(&okMinor);
    if (!okMajor || !okMinor || major < 0 || minor < 0)
        return {-1, -1};
    return {major, minor};
}

} // namespace

int ApiVersion::compare(const QString &a, const QString &b)
{
    const auto left = split(a);
    const auto right = split(b);
    if (left == right)
        return 0;
    return left < right ? -1 : 1;
}

QString ApiVersion::negotiate(const QString &daemonVersion)
{
    if (split(daemonVersion).first < 0)
        return {};
    if (compare(daemonVersion, oldestSupported()) < 0)
        return {};
    return compare(daemonVersion, newestSupported()) < 0 ? daemonVersion.trimmed()
                                                         : newestSupported();
}

} // namespace Berth::Engine
