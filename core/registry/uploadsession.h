// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace Berth::Registry {

// The parts of a registry's upload answers that Berth relies on (docs/protocols.md, "Blob
// uploads"): where the session continues and how many bytes the registry holds.
struct UploadSession
{
    // The Location of a 202: an absolute URL, or a path resolved against the request's URL.
    // nullopt when it is empty, not a URL, or on another scheme than http(s).
    static std::optional<QUrl> location(const QUrl &requestUrl, const QByteArray &header);
    // The Range of a 202, "0-END" (inclusive; some registries write "bytes=0-END"): the
    // number of bytes held, END + 1. nullopt when the header is malformed or does not start at
    // 0. An absent header means nothing is held: 0.
    static std::optional<qint64> bytesHeld(const QByteArray &header);
    // The URL of the final PUT: the session's URL with ?digest= added to its own query.
    static QUrl finalUrl(const QUrl &session, const QString &digest);
};

} // namespace Berth::Registry
