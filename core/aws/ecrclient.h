// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awscredentialchain.h"
#include "base/result.h"
#include "registry/retrypolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Berth::Aws {

// The Amazon ECR API (JSON 1.1 over HTTPS POST, X-Amz-Target
// AmazonEC2ContainerRegistry_V20150921.*), and STS where the credentials name a role to
// assume first (docs/aws.md). Asynchronous; lives on one thread with its own network
// manager. Errors keep AWS's words.
class EcrClient final : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    struct Endpoints
    {
        QUrl ecr;
        QUrl sts;
    };

    EcrClient(ResolvedAwsCredentials credentials, Endpoints endpoints, QObject *parent = nullptr);

    Registry::RetryPolicy &retryPolicy() { return m_policy; }
    const ResolvedAwsCredentials &credentials() const { return m_credentials; }

    // One operation ("DescribeRepositories"), its request and its answer as JSON.
    void call(const QString &operation, const QJsonObject &request, Callback<QJsonObject> done);
    // Every page of a listing: `listKey`'s arrays joined, following nextToken.
    void callAll(const QString &operation, const QJsonObject &request, const QString &listKey,
                 Callback<QJsonArray> done);
    // STS GetCallerIdentity: {"Account", "Arn", "UserId"}.
    void callerIdentity(Callback<QJsonObject> done);

private:
    // The keys to sign with: the resolved ones, or the role's (assumed once, and again
    // shortly before they expire).
    void withKeys(Callback<AwsCredentials> done);
    // Assumes roles[index..] one after the other, each with the keys the one before gave.
    void assumeRoles(QList<AwsRoleToAssume> roles, qsizetype index, const AwsCredentials &keys,
                     Callback<AwsCredentials> done);
    void stsCall(const QString &action, const QList<std::pair<QString, QString>> &parameters,
                 const AwsCredentials &keys, Callback<QByteArray> done);
    // call(): once `roleRenewed`, an expired role session is the caller's error; before, the
    // role is assumed again and only this call repeated.
    void callOnce(const QString &operation, const QJsonObject &request, bool roleRenewed,
                  Callback<QJsonObject> done);
    void nextPage(const QString &operation, QJsonObject request, const QString &listKey,
                  std::shared_ptr<QJsonArray> items, Callback<QJsonArray> done);

    ResolvedAwsCredentials m_credentials;
    Endpoints m_endpoints;
    QNetworkAccessManager *m_nam;
    Registry::RetryPolicy m_policy;
    AwsCredentials m_roleKeys;
    QDateTime m_roleExpiry;
};

} // namespace Berth::Aws
