// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httprequest.h"

namespace Berth::Http {

QByteArray HttpRequest::serialize() const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    out += "User-Agent: Berth\r\nConnection: close\r\n";
    if (bodySource && bodySourceLength < 0)
        out += "Transfer-Encoding: chunked\r\n";
    else if (bodySource)
        out += "Content-Length: " + QByteArray::number(bodySourceLength) + "\r\n";
    else if (!body.isEmpty() || method == "POST" || method == "PUT")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (!bodySource)
        out += body;
    return out;
}

} // namespace Berth::Http
