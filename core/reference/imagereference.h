// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

namespace Berth::Reference {

// A parsed, normalized image reference: "ubuntu" becomes domain docker.io, path
// library/ubuntu. Every part of Berth that takes a reference from a person or a file holds
// one of these instead of a string, so only parse() ever splits one.
//
// The tag and digest are kept as given (empty when absent); normalized() adds ":latest" only
// when neither was given, and familiar() adds nothing, so the short form reads like the input.
class ImageReference final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Reference::ImageReference)

public:
    // A null reference (isNull()); only parse() makes valid ones.
    ImageReference() = default;

    // Parses and normalizes like distribution/reference's ParseNormalizedNamed: a missing
    // domain means docker.io, a one-component Docker Hub path gets "library/", and
    // index.docker.io is spelled docker.io. A bare 64-hex string is an image ID and fails.
    static Result<ImageReference> parse(QStringView input);
    // 64 lowercase hexadecimal characters, which parse() refuses as a name.
    static bool isImageId(QStringView text);

    static QString defaultDomain() { return QStringLiteral("docker.io"); }
    static QString defaultTag() { return QStringLiteral("latest"); }

    bool isNull() const { return m_path.isEmpty(); }

    // Registry host with optional port, as given ("docker.io", "localhost:5000", "[::1]:5000").
    const QString &domain() const { return m_domain; }
    // Repository path inside the registry ("library/ubuntu").
    const QString &path() const { return m_path; }
    const QString &tag() const { return m_tag; }
    const QString &digest() const { return m_digest; }
    bool hasTag() const { return !m_tag.isEmpty(); }
    bool hasDigest() const { return !m_digest.isEmpty(); }

    // The tag a pull or a lookup uses: the given one, "latest" when neither a tag nor a
    // digest was given, else empty (a digest alone names the image).
    QString effectiveTag() const;

    // domain/path ("docker.io/library/ubuntu").
    QString name() const;
    // name() without "docker.io/" and a lone "library/" ("ubuntu", "myuser/app").
    QString familiarName() const;
    // Fully qualified: "docker.io/library/ubuntu:latest"; tag and digest both kept.
    QString normalized() const;
    // Short form for display: "ubuntu", "foo/bar:tag"; parses back to the same reference.
    QString familiar() const;
    // What a pull asks the registry for (ParseDockerRef): name@digest when there is a
    // digest (a tag next to it only names the result locally), else name:effectiveTag().
    QString pullReference() const;

    friend bool operator==(const ImageReference &, const ImageReference &) = default;

private:
    ImageReference(QString domain, QString path, QString tag, QString digest);

    QString m_domain;
    QString m_path;
    QString m_tag;
    QString m_digest;
};

inline size_t qHash(const ImageReference &reference, size_t seed = 0)
{
    return qHashMulti(seed, reference.domain(), reference.path(), reference.tag(),
                      reference.digest());
}

} // namespace Berth::Reference
