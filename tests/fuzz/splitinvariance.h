// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fuzz targets of the engine's JSON-lines streams (progress, events): the
// transport may cut a stream anywhere, and that must never change what is read. Parses
// the input whole and cut in two at a point taken from the input, and aborts unless both
// give the same items and the same verdict, and unless an error silences the parser.
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <cstdlib>
#include <utility>

namespace SplitInvariance {

template<typename Parser> struct Outcome
{
    QList<typename decltype(std::declval<Parser &>().finish())::value_type> items;
    bool error = false;
};

template<typename Parser>
Outcome<Parser> parse(QByteArrayView input, qsizetype cut, qsizetype maxLineBytes)
{
    Parser parser(maxLineBytes);
    Outcome<Parser> outcome;
    outcome.items += parser.feed(input.first(cut));
    outcome.items += parser.feed(input.sliced(cut));
    outcome.items += parser.finish();
    outcome.error = parser.hasError();
    if (outcome.error && (!parser.feed(input).isEmpty() || !parser.finish().isEmpty()))
        std::abort();
    return outcome;
}

// The items of the whole input, once the cut is checked to change nothing.
template<typename Parser, typename Same>
auto parseCheckingTheCut(const uint8_t *data, size_t size, qsizetype maxLineBytes, Same same)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome<Parser> whole = parse<Parser>(input, 0, maxLineBytes);
    const qsizetype cut = size > 1 ? qsizetype(data[size - 1]) * qsizetype(size) / 256 : 0;
    const Outcome<Parser> split = parse<Parser>(input, cut, maxLineBytes);
    if (whole.error != split.error || whole.items.size() != split.items.size())
        std::abort();
    for (qsizetype i = 0; i < whole.items.size(); ++i) {
        if (!same(whole.items.at(i), split.items.at(i)))
            std::abort();
    }
    return whole.items;
}

} // namespace SplitInvariance
