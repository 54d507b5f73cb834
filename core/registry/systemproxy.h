// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Berth::Registry {

// Makes every QNetworkAccessManager of the process use the system proxy (the environment's
// http_proxy/https_proxy/no_proxy, or libproxy on Debian; the loopback goes direct). Process-wide
// state: main() calls it once, before the first registry request, never a client.
void useSystemProxy();

} // namespace Berth::Registry
