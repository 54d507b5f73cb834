// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of Docker's config.json and a credential helper's `get` answer on arbitrary
// bytes: neither parser crashes, every registry the config names is a RegistryKey (no
// scheme, no path, lower case) with a source, and a helper's answer never yields both a
// password and an identity token.
#include "credentials/credentialhelper.h"
#include "credentials/dockerconfig.h"
#include "credentials/registrykey.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Berth::Auth;

namespace {

[[noreturn]] void broken(const char *invariant, const QByteArray &input)
{
    std::fprintf(stderr, "Docker config invariant broken: %s\n  input: %s\n", invariant,
                 input.toHex().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto config = DockerConfig::parse(input)) {
        for (const QString &registry : config->registries()) {
            if (RegistryKey::of(registry) != registry)
                broken("a registry that is not its own key", input);
        }
    }
    if (const auto answer = CredentialHelper::parseGet(input)) {
        if (!answer->identityToken.isEmpty() && !answer->password.isEmpty())
            broken("both a password and an identity token", input);
    }
    return 0;
}
