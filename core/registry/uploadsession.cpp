// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/uploadsession.h"

#include <QUrlQuery>

#include <limits>

namespace Berth::Registry {

std::optional<QUrl> UploadSession::location(const QUrl &requestUrl, const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QUrl relative = QUrl::fromEncoded(trimmed, QUrl::StrictMode);
    if (!relative.isValid())
        return std::nullopt;
    const QUrl resolved = requestUrl.resolved(relative);
    if (!resolved.isValid() || resolved.host().isEmpty() ||
        (resolved.scheme() != u"http" && resolved.scheme() != u"https"))
        return std::nullopt;
    return resolved;
}

std::optional<qint64> UploadSession::bytesHeld(const QByteArray &header)
{
    QByteArray text = header.trimmed();
    if (text.isEmpty())
        return 0;
    if (text.startsWith("bytes="))
        text = text.mid(6);
    const qsizetype dash = text.indexOf('-');
    if (dash <= 0 || dash == text.size() - 1)
        return std::nullopt;
    bool startOk = false;
    bool endOk = false;
    const qint64 start = text.left(dash).toLongLong(&startOk);
    const qint64 end = text.mid(dash + 1).toLongLong(&endOk);
    // toLongLong accepts signs and spaces; a Range is digits only.
    for (const char c : text)
        if (c != '-' && (c < '0' || c > '9'))
            return std::nullopt;
    if (!startOk || !endOk || start != 0 || end < 0 || end == std::numeric_limits<qint64>::max())
        return std::nullopt;
    return end + 1;
}

QUrl UploadSession::finalUrl(const QUrl &session, const QString &digest)
{
    QUrl url = session;
    QUrlQuery query(session);
    query.addQueryItem(QStringLiteral("digest"), digest);
    url.setQuery(query);
    return url;
}

} // namespace Berth::Registry
