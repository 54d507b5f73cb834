// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awscredentials.h"
#include "base/result.h"
#include "registry/registryrequest.h"
#include "registry/retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace Berth::Aws {

// What one call to an AWS API is: where, which service and operation, and the body.
struct AwsCallSpec
{
    QUrl endpoint;
    QString region;
    QString service;   // "ecr", "sts": the signing name
    QString operation; // for messages, as the AWS CLI names it: "DescribeRepositories"
    QList<std::pair<QByteArray, QByteArray>> headers; // signed, with Content-Type
    QByteArray body;
};

// One signed POST with Berth's transport (RegistryRequest: idle timeout, retries of
// resets, 5xx and 429 with backoff), signed afresh for each try so a retry's X-Amz-Date is
// current. The answer's status and body come back as they are; errorOf() reads AWS's.
class AwsServiceCall final
{
public:
    using Done = std::function<void(const Result<Registry::RegistryResponse> &)>;

    static Registry::RegistryRequest *start(QNetworkAccessManager *nam, const AwsCallSpec &spec,
                                            const AwsCredentials &credentials,
                                            const Registry::RetryPolicy &policy, QObject *parent,
                                            Done done);

    // AWS's error as Berth's, worded as the AWS CLI words it: "An error occurred (Type) when
    // calling the Operation operation: message". JSON ({"__type", "message"}) and XML
    // (<Error><Code/><Message/></Error>) bodies; a stale signature adds how far this
    // computer's clock is from the server's Date.
    static Error errorOf(const Registry::RegistryResponse &response, const QString &operation);
};

} // namespace Berth::Aws
