// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of the upload answers' parsers on arbitrary header values (the input's first
// line is a Location, the rest a Range): a Location resolves to an http(s) URL with a host or
// to nothing, the final URL keeps the session's query and adds the digest, and a Range is
// held bytes only when it is "0-END" with END at least 0.
#include "registry/uploadsession.h"

#include <QUrlQuery>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Berth::Registry::UploadSession;

namespace {

[[noreturn]] void broken(const char *invariant, const QByteArray &input)
{
    std::fprintf(stderr, "upload session invariant broken: %s\n  input: %s\n", invariant,
                 input.toHex().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray location = newline < 0 ? input : input.left(newline);
    const QByteArray range = newline < 0 ? QByteArray() : input.mid(newline + 1);

    const QUrl request(QStringLiteral("http://registry.example:5000/v2/a/blobs/uploads/"));
    if (const auto url = UploadSession::location(request, location)) {
        if (url->host().isEmpty() || (url->scheme() != u"http" && url->scheme() != u"https"))
            broken("a Location that is not an http(s) URL with a host", input);
        const QString digest = QStringLiteral("sha256:") + QString(64, u'0');
        const QUrl final = UploadSession::finalUrl(*url, digest);
        if (QUrlQuery(final).queryItemValue(QStringLiteral("digest")) != digest)
            broken("the final URL lost the digest", input);
        if (final.host() != url->host() || final.path() != url->path())
            broken("the final URL is another session's", input);
    }
    if (const auto held = UploadSession::bytesHeld(range)) {
        if (*held < 0)
            broken("a negative number of bytes held", input);
        if (*held > 0 && !range.contains('-'))
            broken("bytes held without a range", input);
    }
    return 0;
}
