// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/ecrclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Berth::Aws {

// The ECR steps of a push, a remote retag and a delete, each one or two API calls on an
// EcrClient (docs/aws.md): no blob ever moves through them. Asynchronous, on the client's
// thread. Errors keep AWS's words.
class EcrImageOps final
{
public:
    struct Repository
    {
        QString name;
        QString uri;        // HOST/NAME, as ECR gives it
        QString registryId; // the account
        bool created = false;
    };
    struct RegistryToken
    {
        QString password; // never logged, kept in memory only
        QString registry; // proxyEndpoint, as given
        QDateTime expiresAt;
    };
    // {"imageTag": T} or {"imageDigest": D} from REPOSITORY:TAG or REPOSITORY@DIGEST.
    struct ImageId
    {
        QString repository;
        QJsonObject id;
        static std::optional<ImageId> parse(const QString &text);
        QString text() const;
    };

    // The repository a local image goes to by default: its name without the registry host
    // (Docker Hub's "library/" too) and without the tag; and the tag, else "latest".
    static std::pair<QString, QString> defaultTarget(const QString &localImage);

    explicit EcrImageOps(EcrClient &client)
        : m_client(client)
    {}

    // The repository; when ECR says it does not exist, created if `create`, else NotFound.
    void ensureRepository(const QString &name, bool create, EcrClient::Callback<Repository> done);
    // GetAuthorizationToken's first answer, decoded.
    void registryToken(EcrClient::Callback<RegistryToken> done);
    // DescribeImages of one image: its details ({imageDigest, imageTags, ...}).
    void describe(const ImageId &image, EcrClient::Callback<QJsonObject> done);
    // BatchGetImage then PutImage of the byte-identical manifest under newTag; the digest.
    // A tag that already names that manifest is success, as ECR's own guide says.
    void retag(const ImageId &image, const QString &newTag, EcrClient::Callback<QString> done);
    // BatchDeleteImage: the ids deleted; a failure of the one image asked for is an error.
    void remove(const ImageId &image, EcrClient::Callback<QJsonArray> done);

private:
    EcrClient &m_client;
};

} // namespace Berth::Aws
