// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/manifest.h"

#include "registry/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Registry {

QByteArray MediaType::acceptHeader()
{
    return QStringView(OciIndex).toLatin1() + ", " + QStringView(DockerManifestList).toLatin1() +
           ", " + QStringView(OciManifest).toLatin1() + ", " +
           QStringView(DockerManifest).toLatin1();
}

Platform Platform::parse(const QString &text)
{
    const QStringList parts = text.split(u'/');
    Platform p;
    p.os = parts.value(0);
    p.architecture = parts.value(1);
    p.variant = parts.value(2);
    return p;
}

QString Platform::toString() const
{
    QString s = os + u'/' + architecture;
    if (!variant.isEmpty())
        s += u'/' + variant;
    return s;
}

bool Platform::matches(const Platform &entry) const
{
    if (!os.isEmpty() && os != entry.os)
        return false;
    if (!architecture.isEmpty() && architecture != entry.architecture)
        return false;
    return variant.isEmpty() || variant == entry.variant;
}

namespace {

// The largest count of layers or index entries Berth accepts; real images have < 130.
constexpr qsizetype MaxEntries = 10000;

Result<Descriptor> parseDescriptor(const QJsonValue &value, const QString &what)
{
    if (!value.isObject())
        return Error(ErrorKind::Protocol, Manifest::tr("%1 is not an object").arg(what));
    const QJsonObject o = value.toObject();
    Descriptor d;
    d.mediaType = o.value(u"mediaType").toString();
    d.digest = o.value(u"digest").toString();
    const QJsonValue size = o.value(u"size");
    d.size = size.isDouble() ? static_cast<qint64>(size.toDouble(-1)) : -1;
    if (!Sha256::isDigest(d.digest) && !d.digest.contains(u':'))
        return Error(ErrorKind::Protocol, Manifest::tr("%1 has no valid digest").arg(what));
    if (d.size < 0 || size.toDouble() > 9.0e15)
        return Error(ErrorKind::Protocol, Manifest::tr("%1 has no valid size").arg(what));
    const QJsonObject platform = o.value(u"platform").toObject();
    d.platform.os = platform.value(u"os").toString();
    d.platform.architecture = platform.value(u"architecture").toString();
    d.platform.variant = platform.value(u"variant").toString();
    d.platform.osVersion = platform.value(u"os.version").toString();
    d.annotationRefName =
        o.value(u"annotations").toObject().value(u"org.opencontainers.image.ref.name").toString();
    return d;
}

} // namespace

bool Manifest::isIndexType(const QString &mediaType)
{
    return mediaType == QStringView(MediaType::OciIndex) ||
           mediaType == QStringView(MediaType::DockerManifestList);
}

bool Manifest::isKnownType(const QString &mediaType)
{
    return isIndexType(mediaType) || mediaType == QStringView(MediaType::OciManifest) ||
           mediaType == QStringView(MediaType::DockerManifest);
}

Result<Manifest> Manifest::parse(const QByteArray &bytes, const QString &contentType)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error(ErrorKind::Protocol,
                     tr("the manifest is not JSON: %1").arg(error.errorString()));
    if (!document.isObject())
        return Error(ErrorKind::Protocol, tr("the manifest is not a JSON object"));
    const QJsonObject root = document.object();

    Manifest m;
    m.m_schemaVersion = root.value(u"schemaVersion").toInt();
    if (m.m_schemaVersion != 2)
        return Error(ErrorKind::Protocol,
                     tr("unsupported manifest schema version %1").arg(m.m_schemaVersion));
    const QString header = contentType.section(u';', 0, 0).trimmed().toLower();
    const QString declared = root.value(u"mediaType").toString();
    if (isKnownType(declared))
        m.m_mediaType = declared;
    else if (isKnownType(header))
        m.m_mediaType = header;
    else if (root.contains(u"manifests"))
        m.m_mediaType =
            QString::fromUtf16(MediaType::OciIndex); // OCI allows mediaType to be absent
    else if (root.contains(u"config"))
        m.m_mediaType = QString::fromUtf16(MediaType::OciManifest);
    else
        return Error(
            ErrorKind::Protocol,
            tr("unknown manifest media type '%1'").arg(declared.isEmpty() ? header : declared));

    if (isIndexType(m.m_mediaType)) {
        m.m_kind = Kind::Index;
        const QJsonValue list = root.value(u"manifests");
        if (!list.isArray())
            return Error(ErrorKind::Protocol, tr("the index has no manifests array"));
        const QJsonArray array = list.toArray();
        if (array.size() > MaxEntries)
            return Error(ErrorKind::Protocol, tr("the index lists %1 manifests").arg(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto d = parseDescriptor(array.at(i), tr("manifest entry %1").arg(i));
            if (!d)
                return d.error();
            m.m_manifests.append(*d);
        }
        return m;
    }

    m.m_kind = Kind::Image;
    auto config = parseDescriptor(root.value(u"config"), tr("the config"));
    if (!config)
        return config.error();
    m.m_config = *config;
    const QJsonValue layers = root.value(u"layers");
    if (!layers.isArray())
        return Error(ErrorKind::Protocol, tr("the manifest has no layers array"));
    const QJsonArray array = layers.toArray();
    if (array.size() > MaxEntries)
        return Error(ErrorKind::Protocol, tr("the manifest lists %1 layers").arg(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto d = parseDescriptor(array.at(i), tr("layer %1").arg(i));
        if (!d)
            return d.error();
        m.m_layers.append(*d);
    }
    return m;
}

QList<Descriptor> Manifest::platformManifests() const
{
    QList<Descriptor> out;
    for (const Descriptor &d : m_manifests) {
        if (d.platform.os == u"unknown" && d.platform.architecture == u"unknown")
            continue;
        out.append(d);
    }
    return out;
}

Result<Descriptor> Manifest::select(const Platform &platform) const
{
    QStringList available;
    for (const Descriptor &d : platformManifests()) {
        if (platform.matches(d.platform))
            return d;
        available.append(d.platform.toString());
    }
    return Error(ErrorKind::NotFound,
                 tr("no manifest for platform %1 (the index has: %2)")
                     .arg(platform.toString(), available.join(QStringLiteral(", "))));
}

} // namespace Berth::Registry
