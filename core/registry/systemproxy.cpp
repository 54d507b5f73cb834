// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/systemproxy.h"

#include <QNetworkProxyFactory>

namespace Berth::Registry {

void useSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace Berth::Registry
