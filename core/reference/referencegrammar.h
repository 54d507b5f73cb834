// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QStringView>

namespace Berth::Reference {

// The syntax of each part of an image reference (distribution/reference's grammar, see
// docs/protocols.md), checked by hand: std::regex is slow and its recursion depth grows
// with the input. Each check names the part and what is wrong with it ("tag must not start
// with '-'"), because "invalid reference format" leaves users guessing.
class ReferenceGrammar final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Reference::ReferenceGrammar)

public:
    static constexpr qsizetype MaxPathLength = 255;
    static constexpr qsizetype MaxTagLength = 128;
    static constexpr qsizetype MinDigestHexLength = 32;

    // host[:port]; host is a DNS-like name (mixed case allowed), an IPv4 address or a
    // bracketed IPv6 address.
    static Result<void> checkDomain(QStringView domain);
    // Lowercase path components joined by '/'; at most MaxPathLength characters.
    static Result<void> checkPath(QStringView path);
    static Result<void> checkTag(QStringView tag);
    // algorithm:hex; the registered algorithms (sha256, sha384, sha512) need their exact
    // length in lowercase hex, others are refused as unsupported, as Docker does.
    static Result<void> checkDigest(QStringView digest);

    // Input as messages quote it: control characters replaced (they could rewrite the
    // terminal that shows the message) and long text elided (it would bury the reason).
    static QString printable(QStringView text);

    // 64 lowercase hexadecimal characters: an image ID, never a repository name.
    static bool isImageId(QStringView text);
    // Whether the first component of "first/rest" names a registry rather than a Docker Hub
    // namespace: "localhost", or anything with '.', ':' or an uppercase letter.
    static bool looksLikeDomain(QStringView firstComponent);

private:
    static Result<void> checkHostName(QStringView host, QStringView domain);
    static Result<void> checkIpv6(QStringView address, QStringView domain);
    static Result<void> checkPort(QStringView port, QStringView domain);
    static Result<void> checkPathComponent(QStringView component);
    static Result<void> checkDigestAlgorithm(QStringView algorithm);
};

} // namespace Berth::Reference
