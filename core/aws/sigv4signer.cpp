// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/sigv4signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>

namespace Berth::Aws {

namespace {

constexpr QByteArrayView Algorithm = "AWS4-HMAC-SHA256";

QByteArray sha256Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// RFC 3986 percent-encoding of everything but the unreserved characters (and "/" in paths),
// with upper-case hexadecimal digits, as SigV4 wants.
QByteArray uriEncode(const QByteArray &text, bool keepSlash)
{
    return text.toPercentEncoding(keepSlash ? QByteArray("/~") : QByteArray("~"));
}

// "a   b  c " -> "a b c": SigV4 trims a header value and folds each run of spaces to one.
QByteArray foldedValue(const QByteArray &value)
{
    return value.simplified();
}

} // namespace

SigV4Signer::SigV4Signer(QString region, QString service)
    : m_region(std::move(region))
    , m_service(std::move(service))
{}

QByteArray SigV4Signer::amzDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

void SigV4Signer::addSigningHeaders(SigV4Request &request, const AwsCredentials &credentials,
                                    const QDateTime &when)
{
    request.headers.append({"X-Amz-Date", amzDate(when)});
    if (!credentials.sessionToken.isEmpty())
        request.headers.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});
}

QByteArray SigV4Signer::canonicalPath(const QByteArray &path)
{
    // Dot segments and empty segments go, as AWS's services (all but S3) normalise the
    // path before they check the signature; a trailing slash stays.
    QList<QByteArray> kept;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(uriEncode(segment, false));
    }
    QByteArray result = "/" + kept.join('/');
    if (!kept.isEmpty() && path.endsWith('/'))
        result += '/';
    return result;
}

QByteArray SigV4Signer::canonicalQuery(const QByteArray &query)
{
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        pairs.append({uriEncode(key, false), uriEncode(value, false)});
    }
    std::sort(pairs.begin(), pairs.end()); // by encoded name, then value: byte order
    QByteArrayList joined;
    for (const auto &[key, value] : std::as_const(pairs))
        joined.append(key + '=' + value);
    return joined.join('&');
}

SigV4Signer::Signature SigV4Signer::sign(const SigV4Request &request,
                                         const AwsCredentials &credentials,
                                         const QDateTime &when) const
{
    // Lower-case names in byte order; a repeated header's values joined by commas in the
    // order they came.
    std::map<QByteArray, QByteArrayList> headers;
    for (const auto &[name, value] : request.headers)
        headers[name.toLower().trimmed()].append(foldedValue(value));
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[name, values] : headers) {
        canonicalHeaders += name + ':' + values.join(',') + '\n';
        names.append(name);
    }
    const QByteArray signedHeaders = names.join(';');

    Signature signature;
    signature.canonicalRequest = request.method.toUpper() + '\n' + canonicalPath(request.path) +
                                 '\n' + canonicalQuery(request.query) + '\n' + canonicalHeaders +
                                 '\n' + signedHeaders + '\n' + sha256Hex(request.body);

    const QDateTime utc = when.toUTC();
    const QByteArray date = utc.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray scope =
        date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
    signature.stringToSign = Algorithm.toByteArray() + '\n' + amzDate(utc) + '\n' + scope + '\n' +
                             sha256Hex(signature.canonicalRequest);

    QByteArray key = hmac("AWS4" + credentials.secretAccessKey.toUtf8(), date);
    key = hmac(key, m_region.toUtf8());
    key = hmac(key, m_service.toUtf8());
    key = hmac(key, "aws4_request");
    const QByteArray hex = hmac(key, signature.stringToSign).toHex();

    signature.authorization = Algorithm.toByteArray() +
                              " Credential=" + credentials.accessKeyId.toUtf8() + '/' + scope +
                              ", SignedHeaders=" + signedHeaders + ", Signature=" + hex;
    return signature;
}

} // namespace Berth::Aws
