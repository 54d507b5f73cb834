// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awsservicecall.h"

#include "aws/sigv4signer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QXmlStreamReader>

namespace Berth::Aws {

namespace {

class CallText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Aws::AwsServiceCall)
};

// The request seconds a SigV4 signature stays valid, and a generous idle timeout: the
// ECR API answers in well under a second, a slow DescribeImages in a few.
constexpr int IdleTimeoutMs = 60000;

ErrorKind kindOf(const QString &type, int status)
{
    static const QStringList refused{QStringLiteral("InvalidSignatureException"),
                                     QStringLiteral("UnrecognizedClientException"),
                                     QStringLiteral("ExpiredTokenException"),
                                     QStringLiteral("ExpiredToken"),
                                     QStringLiteral("AccessDeniedException"),
                                     QStringLiteral("AccessDenied"),
                                     QStringLiteral("InvalidClientTokenId"),
                                     QStringLiteral("SignatureDoesNotMatch"),
                                     QStringLiteral("MissingAuthenticationTokenException"),
                                     QStringLiteral("IncompleteSignatureException")};
    if (refused.contains(type) || status == 403)
        return ErrorKind::PermissionDenied;
    if (type.endsWith(QLatin1String("NotFoundException")))
        return ErrorKind::NotFound;
    if (type.endsWith(QLatin1String("AlreadyExistsException")))
        return ErrorKind::Conflict;
    if (type == u"InvalidParameterException" || type == u"ValidationException")
        return ErrorKind::Invalid;
    return ErrorKind::Remote;
}

// {"__type": "com.amazonaws.ecr#RepositoryNotFoundException", "message": "..."}; some
// services spell it "Message".
std::pair<QString, QString> fromJson(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString type = object.value(QLatin1String("__type")).toString();
    type = type.mid(type.lastIndexOf(u'#') + 1);
    QString message = object.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = object.value(QLatin1String("Message")).toString();
    return {type, message};
}

// <ErrorResponse><Error><Code>AccessDenied</Code><Message>...</Message></Error></ErrorResponse>
std::pair<QString, QString> fromXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QString code;
    QString message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"Code")
            code = xml.readElementText();
        else if (xml.name() == u"Message")
            message = xml.readElementText();
    }
    return {code, message};
}

QString clockNote(const Registry::RegistryResponse &response)
{
    const QDateTime server =
        QLocale::c().toDateTime(QString::fromLatin1(response.header("Date")),
                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!server.isValid())
        return {};
    QDateTime serverUtc = server;
    serverUtc.setTimeSpec(Qt::UTC);
    const qint64 skew = serverUtc.secsTo(QDateTime::currentDateTimeUtc());
    return skew >= 0 ? CallText::tr(" (this computer's clock is %n second(s) ahead of AWS's)",
                                    nullptr, int(skew))
                     : CallText::tr(" (this computer's clock is %n second(s) behind AWS's)",
                                    nullptr, int(-skew));
}

} // namespace

Registry::RegistryRequest *AwsServiceCall::start(QNetworkAccessManager *nam,
                                                 const AwsCallSpec &spec,
                                                 const AwsCredentials &credentials,
                                                 const Registry::RetryPolicy &policy,
                                                 QObject *parent, Done done)
{
    Registry::RequestSpec request;
    request.method = QByteArrayLiteral("POST");
    request.url = spec.endpoint;
    request.postBody = spec.body;
    request.rawStatus = true;
    request.what = spec.operation;
    request.prepare = [spec, credentials](QNetworkRequest &network) {
        SigV4Request toSign;
        toSign.method = QByteArrayLiteral("POST");
        toSign.path = spec.endpoint.path(QUrl::FullyDecoded).toUtf8();
        if (toSign.path.isEmpty())
            toSign.path = "/";
        toSign.body = spec.body;
        toSign.headers = spec.headers;
        // The Host header as Qt sends it: the port only when it is not the scheme's.
        QByteArray host = spec.endpoint.host().toUtf8();
        const int defaultPort = spec.endpoint.scheme() == u"https" ? 443 : 80;
        if (spec.endpoint.port(defaultPort) != defaultPort)
            host += ':' + QByteArray::number(spec.endpoint.port());
        toSign.headers.append({"Host", host});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SigV4Signer::addSigningHeaders(toSign, credentials, now);
        const auto signature =
            SigV4Signer(spec.region, spec.service).sign(toSign, credentials, now);
        for (const auto &[name, value] : std::as_const(toSign.headers)) {
            if (name != "Host")
                network.setRawHeader(name, value);
        }
        network.setRawHeader(QByteArrayLiteral("Authorization"), signature.authorization);
    };
    auto *call = new Registry::RegistryRequest(
        nam, QSslConfiguration::defaultConfiguration(), false, IdleTimeoutMs, policy,
        std::move(request),
        [done = std::move(done)](Registry::RegistryRequest *,
                                 const Result<Registry::RegistryResponse> &response) {
            done(response);
        },
        parent);
    call->start();
    return call;
}

Error AwsServiceCall::errorOf(const Registry::RegistryResponse &response, const QString &operation)
{
    auto [type, message] =
        response.body.trimmed().startsWith('<') ? fromXml(response.body) : fromJson(response.body);
    if (type.isEmpty())
        type = QStringLiteral("HTTP %1").arg(response.status);
    if (message.isEmpty())
        message = QString::fromUtf8(response.body.left(200)).simplified();
    QString text = CallText::tr("An error occurred (%1) when calling the %2 operation: %3")
                       .arg(type, operation, message);
    if (type == u"InvalidSignatureException" &&
        (message.startsWith(QLatin1String("Signature expired")) ||
         message.startsWith(QLatin1String("Signature not yet current"))))
        text += clockNote(response);
    return Error(kindOf(type, response.status), text);
}

} // namespace Berth::Aws
