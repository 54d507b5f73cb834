// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awscredentials.h"
#include "aws/sigv4request.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Berth::Aws {

// AWS Signature Version 4 for one region and service (docs/aws.md): the canonical request,
// the string to sign, the signing key derived from the secret, and the Authorization header.
// Pure: no clock, no I/O; the caller gives the time, so tests and AWS's vectors are exact.
class SigV4Signer final
{
public:
    SigV4Signer(QString region, QString service);

    struct Signature
    {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray authorization; // the Authorization header's value
    };

    // Adds what SigV4 requires before signing: x-amz-date for `when`, and
    // x-amz-security-token when the credentials carry one. Both are then signed.
    static void addSigningHeaders(SigV4Request &request, const AwsCredentials &credentials,
                                  const QDateTime &when);
    // Signs the request as it is: every header in it is signed. The date of the scope
    // comes from `when` (UTC), which must match the request's x-amz-date.
    Signature sign(const SigV4Request &request, const AwsCredentials &credentials,
                   const QDateTime &when) const;

    // "20150830T123600Z"
    static QByteArray amzDate(const QDateTime &when);
    // The canonical forms, public for the tests' step-by-step checks.
    static QByteArray canonicalPath(const QByteArray &path);
    static QByteArray canonicalQuery(const QByteArray &query);

private:
    QString m_region;
    QString m_service;
};

} // namespace Berth::Aws
