// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of the WWW-Authenticate parser on arbitrary header values: it never crashes
// or allocates beyond the input, every challenge has a lowercase scheme, the preferred
// challenge is one of the parsed ones, and the realm policy answers for any realm.
#include "registry/authchallenge.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Berth::Registry::AuthChallenge;

namespace {

[[noreturn]] void broken(const char *invariant, const QByteArray &input)
{
    std::fprintf(stderr, "WWW-Authenticate invariant broken: %s\n  input: %s\n", invariant,
                 input.toHex().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<AuthChallenge> challenges = AuthChallenge::parse(header);
    if (challenges.size() > header.size())
        broken("more challenges than bytes", header);
    qsizetype total = 0;
    for (const AuthChallenge &c : challenges) {
        if (c.scheme.isEmpty() || c.scheme != c.scheme.toLower())
            broken("a scheme that is empty or not lowercase", header);
        for (auto it = c.params.cbegin(); it != c.params.cend(); ++it) {
            if (it.key() != it.key().toLower())
                broken("a parameter name that is not lowercase", header);
            total += it.key().size() + it.value().size();
        }
    }
    if (total > header.size() * 2 + 16)
        broken("parameters longer than the header", header);
    if (const AuthChallenge *preferred = AuthChallenge::preferred(challenges)) {
        if (preferred < challenges.constData() ||
            preferred >= challenges.constData() + challenges.size())
            broken("the preferred challenge is not one of the parsed ones", header);
        if (!preferred->isBearer() && !preferred->isBasic())
            broken("a preferred challenge Berth cannot answer", header);
        const QUrl realm(preferred->param(QStringLiteral("realm")));
        const bool strict = Berth::Registry::realmAllowed(
            realm, QUrl(QStringLiteral("https://registry.example")), false);
        if (strict && realm.scheme() != u"https")
            broken("a non-https realm allowed for an https registry", header);
    }
    return 0;
}
