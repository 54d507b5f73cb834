// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the HTTP/1.1 response codec. Besides "no crash", it checks that
// splitting the input differently never changes the result: the whole input at once,
// and the same bytes cut at a point taken from the input, decode to the same head, body
// and verdict.
#include "http/httpresponseparser.h"

#include <cstdint>
#include <cstdlib>

using Berth::Http::HttpResponseParser;

namespace {

struct Verdict
{
    bool complete;
    bool error;
    int status;
    QByteArray body;
};

Verdict decode(QByteArrayView input, qsizetype cut, bool head)
{
    HttpResponseParser parser(4096);
    parser.setExpectNoBody(head);
    QByteArray body;
    parser.feed(input.first(cut));
    body += parser.takeBody();
    parser.feed(input.sliced(cut));
    body += parser.takeBody();
    parser.finishInput();
    body += parser.takeBody();
    return {parser.isComplete(), parser.hasError(), parser.hasHead() ? parser.head().status : 0,
            body};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool head = size > 0 && (data[0] & 1) != 0;
    const Verdict whole = decode(input, 0, head);
    const qsizetype cut = size > 1 ? qsizetype(data[size - 1]) * qsizetype(size) / 256 : 0;
    const Verdict split = decode(input, cut, head);
    if (whole.complete != split.complete || whole.error != split.error ||
        whole.status != split.status || whole.body != split.body)
        std::abort();
    // A finished parse is either complete or failed, never both.
    if (whole.complete == whole.error)
        std::abort();
    return 0;
}
