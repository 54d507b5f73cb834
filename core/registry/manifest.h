// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Berth::Registry {

namespace MediaType {
inline constexpr char16_t DockerManifest[] =
    u"application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char16_t DockerManifestList[] =
    u"application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char16_t OciManifest[] = u"application/vnd.oci.image.manifest.v1+json";
inline constexpr char16_t OciIndex[] = u"application/vnd.oci.image.index.v1+json";
// The Accept header of every manifest request: indexes first, as Docker sends it.
QByteArray acceptHeader();
} // namespace MediaType

// os/architecture[/variant], as `--platform linux/arm64/v8` names it.
struct Platform
{
    QString os;
    QString architecture;
    QString variant;
    QString osVersion;

    static Platform parse(const QString &text);
    QString toString() const;
    bool isEmpty() const { return os.isEmpty() && architecture.isEmpty(); }
    // True when this (a request, e.g. "linux/arm64") accepts the other (an index entry).
    bool matches(const Platform &entry) const;
};

struct Descriptor
{
    QString mediaType;
    QString digest;
    qint64 size = -1;
    Platform platform; // index entries only
    QString annotationRefName;
};

// A parsed image manifest or index (Docker v2 schema 2, manifest list, OCI manifest, OCI
// index). Pure: no I/O, so the parser can be fuzzed.
class Manifest final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Registry::Manifest)

public:
    enum class Kind { Image, Index };

    // contentType is the response's Content-Type (parameters ignored); the body's own
    // mediaType wins when both are given and it is known.
    static Result<Manifest> parse(const QByteArray &bytes, const QString &contentType);
    static bool isIndexType(const QString &mediaType);
    static bool isKnownType(const QString &mediaType);

    Kind kind() const { return m_kind; }
    bool isIndex() const { return m_kind == Kind::Index; }
    const QString &mediaType() const { return m_mediaType; }
    int schemaVersion() const { return m_schemaVersion; }
    const Descriptor &config() const { return m_config; }
    const QList<Descriptor> &layers() const { return m_layers; }
    const QList<Descriptor> &manifests() const { return m_manifests; }
    // The entries of an index that run images (attestations, "unknown/unknown", are left out).
    QList<Descriptor> platformManifests() const;
    // The index entry for a platform, or an error naming the ones there are.
    Result<Descriptor> select(const Platform &platform) const;

private:
    Kind m_kind = Kind::Image;
    QString m_mediaType;
    int m_schemaVersion = 0;
    Descriptor m_config;
    QList<Descriptor> m_layers;
    QList<Descriptor> m_manifests;
};

} // namespace Berth::Registry
