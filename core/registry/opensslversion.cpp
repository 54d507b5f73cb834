// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/opensslversion.h"

#include <openssl/crypto.h>

namespace Berth::Registry {

QString opensslVersion()
{
    return QString::fromUtf8(OpenSSL_version(OPENSSL_VERSION_STRING));
}

} // namespace Berth::Registry
