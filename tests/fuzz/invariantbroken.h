// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a fuzz target of a byte parser reports a broken invariant: what broke and the start
// of the input, then abort(), which libFuzzer and the corpus replay both catch.
#include <QByteArray>

#include <cstdio>
#include <cstdlib>

[[noreturn]] inline void invariantBroken(const char *parser, const char *invariant,
                                         const QByteArray &input)
{
    std::fprintf(stderr, "%s invariant broken: %s\n  input (%lld bytes): %s\n", parser, invariant,
                 static_cast<long long>(input.size()), input.left(400).constData());
    std::abort();
}
