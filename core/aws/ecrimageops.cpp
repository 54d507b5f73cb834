// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/ecrimageops.h"

#include "reference/imagereference.h"

#include <QCoreApplication>

namespace Berth::Aws {

namespace {

class EcrOpsText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Aws::EcrImageOps)
};

// Every manifest type a retag must carry unchanged: images, OCI images and both kinds of
// index (BatchGetImage answers only types it is told are accepted).
QJsonArray acceptedMediaTypes()
{
    return {QStringLiteral("application/vnd.docker.distribution.manifest.v2+json"),
            QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json"),
            QStringLiteral("application/vnd.oci.image.manifest.v1+json"),
            QStringLiteral("application/vnd.oci.image.index.v1+json")};
}

bool isAwsType(const Error &error, QLatin1StringView type)
{
    return error.message().contains(u'(' + QString(type) + u')');
}

EcrImageOps::Repository repositoryFrom(const QJsonObject &repo, bool created)
{
    return {repo.value(QLatin1String("repositoryName")).toString(),
            repo.value(QLatin1String("repositoryUri")).toString(),
            repo.value(QLatin1String("registryId")).toString(), created};
}

Error failureError(const QJsonArray &failures)
{
    const QJsonObject first = failures.first().toObject();
    return Error(
        first.value(QLatin1String("failureCode")).toString() == u"ImageNotFound"
            ? ErrorKind::NotFound
            : ErrorKind::Remote,
        QStringLiteral("%1: %2").arg(first.value(QLatin1String("failureCode")).toString(),
                                     first.value(QLatin1String("failureReason")).toString()));
}

// The request that names one image of a repository.
QJsonObject imageRequest(const EcrImageOps::ImageId &image)
{
    return {{QStringLiteral("repositoryName"), image.repository},
            {QStringLiteral("imageIds"), QJsonArray{image.id}}};
}

// An API call's callback: its error as it is, else what `take` makes of its answer.
template<typename T>
EcrClient::Callback<QJsonObject> answerAs(EcrClient::Callback<T> done,
                                          std::function<Result<T>(const QJsonObject &)> take)
{
    return [done = std::move(done), take = std::move(take)](const Result<QJsonObject> &answer) {
        if (!answer)
            done(answer.error());
        else
            done(take(*answer));
    };
}

} // namespace

std::optional<EcrImageOps::ImageId> EcrImageOps::ImageId::parse(const QString &text)
{
    const qsizetype at = text.indexOf(u'@');
    const qsizetype colon = text.lastIndexOf(u':');
    ImageId image;
    if (at > 0) {
        image.repository = text.left(at);
        image.id.insert(QStringLiteral("imageDigest"), text.mid(at + 1));
    } else if (colon > 0 && colon + 1 < text.size() && !text.mid(colon).contains(u'/')) {
        image.repository = text.left(colon);
        image.id.insert(QStringLiteral("imageTag"), text.mid(colon + 1));
    } else {
        return std::nullopt;
    }
    return image;
}

QString EcrImageOps::ImageId::text() const
{
    if (id.contains(QLatin1String("imageDigest")))
        return repository + u'@' + id.value(QLatin1String("imageDigest")).toString();
    return repository + u':' + id.value(QLatin1String("imageTag")).toString();
}

std::pair<QString, QString> EcrImageOps::defaultTarget(const QString &localImage)
{
    using Reference::ImageReference;
    const auto reference = ImageReference::parse(localImage);
    if (!reference)
        return {localImage.section(u':', 0, 0), QStringLiteral("latest")};
    QString name = reference->path();
    if (reference->domain() == ImageReference::defaultDomain() &&
        name.startsWith(QLatin1String("library/")))
        name = name.mid(int(qstrlen("library/")));
    return {name, reference->effectiveTag()};
}

void EcrImageOps::ensureRepository(const QString &name, bool create,
                                   EcrClient::Callback<Repository> done)
{
    m_client.call(
        QStringLiteral("DescribeRepositories"),
        {{QStringLiteral("repositoryNames"), QJsonArray{name}}},
        [this, name, create, done = std::move(done)](const Result<QJsonObject> &found) {
            if (found) {
                const QJsonArray repos = found->value(QLatin1String("repositories")).toArray();
                if (!repos.isEmpty()) {
                    done(repositoryFrom(repos.first().toObject(), false));
                    return;
                }
            }
            if (!found &&
                !isAwsType(found.error(), QLatin1StringView("RepositoryNotFoundException"))) {
                done(found.error());
                return;
            }
            if (!create) {
                done(Error(ErrorKind::NotFound,
                           EcrOpsText::tr("ECR has no repository %1").arg(name)));
                return;
            }
            m_client.call(
                QStringLiteral("CreateRepository"), {{QStringLiteral("repositoryName"), name}},
                [done](const Result<QJsonObject> &created) {
                    if (!created)
                        done(created.error());
                    else
                        done(repositoryFrom(created->value(QLatin1String("repository")).toObject(),
                                            true));
                });
        });
}

void EcrImageOps::registryToken(EcrClient::Callback<RegistryToken> done)
{
    m_client.call(
        QStringLiteral("GetAuthorizationToken"), {},
        answerAs<RegistryToken>(
            std::move(done), [](const QJsonObject &answer) -> Result<RegistryToken> {
                const QJsonObject data =
                    answer.value(QLatin1String("authorizationData")).toArray().first().toObject();
                const QByteArray decoded = QByteArray::fromBase64(
                    data.value(QLatin1String("authorizationToken")).toString().toLatin1());
                const qsizetype colon = decoded.indexOf(':');
                if (colon < 0)
                    return Error(ErrorKind::Protocol,
                                 EcrOpsText::tr("GetAuthorizationToken answered without a token"));
                const double expires = data.value(QLatin1String("expiresAt")).toDouble();
                return RegistryToken{
                    QString::fromUtf8(decoded.mid(colon + 1)),
                    data.value(QLatin1String("proxyEndpoint")).toString(),
                    QDateTime::fromMSecsSinceEpoch(qint64(expires * 1000), Qt::UTC)};
            }));
}

void EcrImageOps::describe(const ImageId &image, EcrClient::Callback<QJsonObject> done)
{
    m_client.call(QStringLiteral("DescribeImages"), imageRequest(image),
                  answerAs<QJsonObject>(
                      std::move(done), [](const QJsonObject &answer) -> Result<QJsonObject> {
                          const QJsonArray details =
                              answer.value(QLatin1String("imageDetails")).toArray();
                          if (details.isEmpty())
                              return Error(ErrorKind::NotFound,
                                           EcrOpsText::tr("DescribeImages answered no image"));
                          return details.first().toObject();
                      }));
}

void EcrImageOps::retag(const ImageId &image, const QString &newTag,
                        EcrClient::Callback<QString> done)
{
    QJsonObject request = imageRequest(image);
    request.insert(QStringLiteral("acceptedMediaTypes"), acceptedMediaTypes());
    m_client.call(
        QStringLiteral("BatchGetImage"), request,
        [this, image, newTag, done = std::move(done)](const Result<QJsonObject> &got) {
            if (!got) {
                done(got.error());
                return;
            }
            const QJsonArray images = got->value(QLatin1String("images")).toArray();
            if (images.isEmpty()) {
                done(failureError(got->value(QLatin1String("failures")).toArray()));
                return;
            }
            const QJsonObject found = images.first().toObject();
            const QString digest = found.value(QLatin1String("imageId"))
                                       .toObject()
                                       .value(QLatin1String("imageDigest"))
                                       .toString();
            // The manifest exactly as ECR gave it: a re-serialised one would hash otherwise.
            QJsonObject put{
                {QStringLiteral("repositoryName"), image.repository},
                {QStringLiteral("imageManifest"), found.value(QLatin1String("imageManifest"))},
                {QStringLiteral("imageTag"), newTag}};
            const QString mediaType =
                found.value(QLatin1String("imageManifestMediaType")).toString();
            if (!mediaType.isEmpty())
                put.insert(QStringLiteral("imageManifestMediaType"), mediaType);
            m_client.call(
                QStringLiteral("PutImage"), put, [digest, done](const Result<QJsonObject> &stored) {
                    if (!stored && !isAwsType(stored.error(),
                                              QLatin1StringView("ImageAlreadyExistsException")))
                        done(stored.error());
                    else
                        done(digest);
                });
        });
}

void EcrImageOps::remove(const ImageId &image, EcrClient::Callback<QJsonArray> done)
{
    m_client.call(
        QStringLiteral("BatchDeleteImage"), imageRequest(image),
        answerAs<QJsonArray>(std::move(done), [](const QJsonObject &answer) -> Result<QJsonArray> {
            const QJsonArray deleted = answer.value(QLatin1String("imageIds")).toArray();
            if (deleted.isEmpty())
                return failureError(answer.value(QLatin1String("failures")).toArray());
            return deleted;
        }));
}

} // namespace Berth::Aws
