// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference/imagereference.h"

#include "reference/referencegrammar.h"

namespace Berth::Reference {

namespace {

constexpr QStringView OfficialPrefix = u"library/";
constexpr QStringView LegacyDefaultDomain = u"index.docker.io";

Error invalid(const QString &message)
{
    return Error(ErrorKind::Invalid, message);
}

} // namespace

ImageReference::ImageReference(QString domain, QString path, QString tag, QString digest)
    : m_domain(std::move(domain))
    , m_path(std::move(path))
    , m_tag(std::move(tag))
    , m_digest(std::move(digest))
{}

bool ImageReference::isImageId(QStringView text)
{
    return ReferenceGrammar::isImageId(text);
}

Result<ImageReference> ImageReference::parse(QStringView input)
{
    if (input.isEmpty())
        return invalid(tr("image reference must not be empty"));
    if (isImageId(input))
        return invalid(tr("%1 is an image ID (64 hexadecimal digits), not a repository name")
                           .arg(input.toString()));

    // Docker decides the domain from the text before the first '/' alone (splitDockerDomain):
    // no '/' means a Docker Hub official image, and "foo/bar" is a Docker Hub namespace
    // unless "foo" looks like a host.
    QString domain = defaultDomain();
    QStringView remainder = input; // path[:tag][@digest]
    if (const qsizetype slash = input.indexOf(u'/'); slash >= 0) {
        const QStringView first = input.first(slash);
        if (first == LegacyDefaultDomain) {
            remainder = input.sliced(slash + 1);
        } else if (ReferenceGrammar::looksLikeDomain(first)) {
            domain = first.toString();
            remainder = input.sliced(slash + 1);
        }
    }

    // Neither a path nor a tag may contain '@' or ':', and a digest has no '@', so the first
    // '@' starts the digest and the first ':' before it starts the tag.
    const qsizetype at = remainder.indexOf(u'@');
    const QStringView nameAndTag = at < 0 ? remainder : remainder.first(at);
    const qsizetype colon = nameAndTag.indexOf(u':');
    const QStringView typedPath = colon < 0 ? nameAndTag : nameAndTag.first(colon);

    if (typedPath.isEmpty())
        return invalid(tr("image reference '%1' has no repository name")
                           .arg(ReferenceGrammar::printable(input)));
    for (const QChar c : typedPath) {
        if (c.isUpper())
            return invalid(tr("repository name must be lowercase: %1")
                               .arg(ReferenceGrammar::printable(typedPath)));
    }
    if (auto ok = ReferenceGrammar::checkDomain(domain); !ok)
        return ok.error();

    QString path = typedPath.toString();
    if (domain == defaultDomain() && !typedPath.contains(u'/'))
        path.prepend(OfficialPrefix);
    if (auto ok = ReferenceGrammar::checkPath(path); !ok)
        return ok.error();

    QString tag;
    if (colon >= 0) {
        const QStringView given = nameAndTag.sliced(colon + 1);
        if (auto ok = ReferenceGrammar::checkTag(given); !ok)
            return ok.error();
        tag = given.toString();
    }
    QString digest;
    if (at >= 0) {
        const QStringView given = remainder.sliced(at + 1);
        if (auto ok = ReferenceGrammar::checkDigest(given); !ok)
            return ok.error();
        digest = given.toString();
    }
    return ImageReference(std::move(domain), std::move(path), std::move(tag), std::move(digest));
}

QString ImageReference::effectiveTag() const
{
    if (hasTag())
        return m_tag;
    return hasDigest() ? QString() : defaultTag();
}

QString ImageReference::name() const
{
    return m_domain + u'/' + m_path;
}

QString ImageReference::familiarName() const
{
    if (m_domain != defaultDomain())
        return name();
    if (m_path.startsWith(OfficialPrefix) && m_path.indexOf(u'/', OfficialPrefix.size()) < 0) {
        const QString official = m_path.sliced(OfficialPrefix.size());
        // A bare 64-hex name would read back as an image ID.
        return isImageId(official) ? m_path : official;
    }
    // Docker's familiar form drops docker.io/ here too, but "docker.io/example.com/app"
    // shortened to "example.com/app" would read back as another registry.
    const qsizetype slash = m_path.indexOf(u'/');
    if (slash >= 0 && ReferenceGrammar::looksLikeDomain(QStringView(m_path).first(slash)))
        return name();
    return m_path;
}

QString ImageReference::normalized() const
{
    if (!hasTag() && !hasDigest())
        return name() + u':' + defaultTag();
    QString text = name();
    if (hasTag())
        text += u':' + m_tag;
    if (hasDigest())
        text += u'@' + m_digest;
    return text;
}

QString ImageReference::familiar() const
{
    QString text = familiarName();
    if (hasTag())
        text += u':' + m_tag;
    if (hasDigest())
        text += u'@' + m_digest;
    return text;
}

QString ImageReference::pullReference() const
{
    if (hasDigest())
        return name() + u'@' + m_digest;
    return name() + u':' + effectiveTag();
}

} // namespace Berth::Reference
