// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Berth::Aws {

// What SigV4 signs of an HTTP request. `path` and `query` are as the caller means them,
// not yet percent-encoded (the signer encodes them, docs/aws.md); `headers` are exactly the
// headers to sign, in any order and case, repeated names allowed. Headers that a transport
// adds or rewrites (user-agent, expect, accept-encoding) must not be among them.
struct SigV4Request
{
    QByteArray method;
    QByteArray path = "/";
    QByteArray query; // "a=1&b=2", without "?"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

} // namespace Berth::Aws
