// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/redaction.h"

namespace Berth::Registry::Redaction {

QString url(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery())
        copy.setQuery(QStringLiteral("[redacted]"));
    return copy.toString();
}

QByteArray header(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "x-registry-auth" ||
        lower == "cookie" || lower == "set-cookie")
        return QByteArrayLiteral("[redacted]");
    return value;
}

} // namespace Berth::Registry::Redaction
