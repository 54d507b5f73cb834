// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/ecrclient.h"

#include "aws/awsservicecall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>
#include <QUuid>
#include <QXmlStreamReader>

namespace Berth::Aws {

namespace {

class EcrText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Aws::EcrClient)
};

constexpr QByteArrayView TargetPrefix = "AmazonEC2ContainerRegistry_V20150921.";
// Assumed-role keys are renewed this long before they expire.
constexpr int RoleRenewalMarginSeconds = 300;

// The text of the first element called `name` in an STS answer.
QString xmlText(const QByteArray &xml, QStringView name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            return reader.readElementText();
    }
    return {};
}

// AWS's words for temporary keys past their expiry (AwsServiceCall::errorOf keeps the type).
bool isExpiredSession(const Error &error)
{
    return error.message().contains(QLatin1String("(ExpiredTokenException)")) ||
           error.message().contains(QLatin1String("(ExpiredToken)"));
}

} // namespace

EcrClient::EcrClient(ResolvedAwsCredentials credentials, Endpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_endpoints(std::move(endpoints))
    , m_nam(new QNetworkAccessManager(this))
{
    // Loopback stand-ins and emulators answer at once or not at all.
    m_policy.setFailFastOnLoopbackRefusal(true);
}

void EcrClient::stsCall(const QString &action, const QList<std::pair<QString, QString>> &parameters,
                        const AwsCredentials &keys, Callback<QByteArray> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("Action"), action);
    form.addQueryItem(QStringLiteral("Version"), QStringLiteral("2011-06-15"));
    for (const auto &[name, value] : parameters)
        form.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    AwsCallSpec spec;
    spec.endpoint = m_endpoints.sts;
    spec.region = m_credentials.region;
    spec.service = QStringLiteral("sts");
    spec.operation = action;
    spec.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    spec.body = form.toString(QUrl::FullyEncoded).toUtf8();
    AwsServiceCall::start(
        m_nam, spec, keys, m_policy, this,
        [done = std::move(done), action](const Result<Registry::RegistryResponse> &response) {
            if (!response)
                return done(response.error());
            if (response->status != 200)
                return done(AwsServiceCall::errorOf(*response, action));
            done(response->body);
        });
}

void EcrClient::withKeys(Callback<AwsCredentials> done)
{
    if (!m_credentials.role)
        return done(m_credentials.credentials);
    if (m_roleExpiry.isValid() &&
        QDateTime::currentDateTimeUtc().secsTo(m_roleExpiry) > RoleRenewalMarginSeconds)
        return done(m_roleKeys);
    QList<AwsRoleToAssume> roles = m_credentials.sourceRoles;
    roles.append(*m_credentials.role);
    assumeRoles(roles, 0, m_credentials.credentials,
                [this, done = std::move(done)](const Result<AwsCredentials> &keys) {
                    if (!keys)
                        m_roleExpiry = {};
                    done(keys);
                });
}

void EcrClient::assumeRoles(QList<AwsRoleToAssume> roles, qsizetype index,
                            const AwsCredentials &keys, Callback<AwsCredentials> done)
{
    const AwsRoleToAssume &role = roles.at(index);
    QString session = role.sessionName;
    if (session.isEmpty())
        session = QStringLiteral("berth-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QList<std::pair<QString, QString>> parameters{
        {QStringLiteral("RoleArn"), role.roleArn},
        {QStringLiteral("RoleSessionName"), session},
        {QStringLiteral("DurationSeconds"), QString::number(role.durationSeconds)}};
    if (!role.externalId.isEmpty())
        parameters.append({QStringLiteral("ExternalId"), role.externalId});
    stsCall(QStringLiteral("AssumeRole"), parameters, keys,
            [this, roles, index, done = std::move(done)](const Result<QByteArray> &answer) {
                if (!answer)
                    return done(answer.error());
                AwsCredentials assumed{xmlText(*answer, u"AccessKeyId"),
                                       xmlText(*answer, u"SecretAccessKey"),
                                       xmlText(*answer, u"SessionToken")};
                const QDateTime expiry =
                    QDateTime::fromString(xmlText(*answer, u"Expiration"), Qt::ISODate);
                if (!assumed.isComplete() || assumed.sessionToken.isEmpty() || !expiry.isValid())
                    return done(Error(ErrorKind::Protocol,
                                      EcrText::tr("STS AssumeRole answered without credentials")));
                if (index + 1 < roles.size())
                    return assumeRoles(roles, index + 1, assumed, done);
                // Only the last role's keys sign ECR calls; they are reused until shortly
                // before they expire.
                m_roleKeys = assumed;
                m_roleExpiry = expiry;
                done(assumed);
            });
}

void EcrClient::call(const QString &operation, const QJsonObject &request,
                     Callback<QJsonObject> done)
{
    callOnce(operation, request, false, std::move(done));
}

void EcrClient::callOnce(const QString &operation, const QJsonObject &request, bool roleRenewed,
                         Callback<QJsonObject> done)
{
    withKeys([this, operation, request, roleRenewed,
              done = std::move(done)](const Result<AwsCredentials> &keys) {
        if (!keys)
            return done(keys.error());
        AwsCallSpec spec;
        spec.endpoint = m_endpoints.ecr;
        spec.region = m_credentials.region;
        spec.service = QStringLiteral("ecr");
        spec.operation = operation;
        spec.headers = {{"Content-Type", "application/x-amz-json-1.1"},
                        {"X-Amz-Target", TargetPrefix.toByteArray() + operation.toUtf8()}};
        spec.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
        AwsServiceCall::start(
            m_nam, spec, *keys, m_policy, this,
            [this, operation, request, roleRenewed,
             done](const Result<Registry::RegistryResponse> &response) {
                if (!response)
                    return done(response.error());
                if (response->status != 200) {
                    const Error error = AwsServiceCall::errorOf(*response, operation);
                    // The role's session lapsed while this client lived (the computer
                    // slept): assumed again, and this one call repeated.
                    if (!roleRenewed && m_credentials.role && isExpiredSession(error)) {
                        m_roleExpiry = {};
                        return callOnce(operation, request, true, done);
                    }
                    return done(error);
                }
                QJsonParseError parseError;
                const QJsonDocument answer = QJsonDocument::fromJson(response->body, &parseError);
                if (parseError.error != QJsonParseError::NoError || !answer.isObject())
                    return done(Error(ErrorKind::Protocol,
                                      EcrText::tr("%1: the answer is not a JSON object (%2)")
                                          .arg(operation, parseError.errorString())));
                done(answer.object());
            });
    });
}

void EcrClient::callAll(const QString &operation, const QJsonObject &request,
                        const QString &listKey, Callback<QJsonArray> done)
{
    nextPage(operation, request, listKey, std::make_shared<QJsonArray>(), std::move(done));
}

void EcrClient::nextPage(const QString &operation, QJsonObject request, const QString &listKey,
                         std::shared_ptr<QJsonArray> items, Callback<QJsonArray> done)
{
    call(operation, request,
         [this, operation, request, listKey, items, done](const Result<QJsonObject> &page) mutable {
             if (!page)
                 return done(page.error());
             for (const QJsonValue &item : page->value(listKey).toArray())
                 items->append(item);
             const QString next = page->value(QLatin1String("nextToken")).toString();
             if (next.isEmpty() || next == request.value(QLatin1String("nextToken")).toString())
                 return done(*items);
             request.insert(QStringLiteral("nextToken"), next);
             nextPage(operation, request, listKey, items, done);
         });
}

void EcrClient::callerIdentity(Callback<QJsonObject> done)
{
    withKeys([this, done = std::move(done)](const Result<AwsCredentials> &keys) {
        if (!keys)
            return done(keys.error());
        stsCall(QStringLiteral("GetCallerIdentity"), {}, *keys,
                [done](const Result<QByteArray> &answer) {
                    if (!answer)
                        return done(answer.error());
                    done(QJsonObject{{QStringLiteral("Account"), xmlText(*answer, u"Account")},
                                     {QStringLiteral("Arn"), xmlText(*answer, u"Arn")},
                                     {QStringLiteral("UserId"), xmlText(*answer, u"UserId")}});
                });
    });
}

} // namespace Berth::Aws
