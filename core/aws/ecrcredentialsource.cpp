// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/ecrcredentialsource.h"

#include "aws/awsendpoints.h"
#include "aws/ecrclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>

namespace Berth::Aws {

namespace {

class SourceText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Aws::EcrCredentialSource)
};

} // namespace

EcrCredentialSource::EcrCredentialSource(std::shared_ptr<CredentialSource> inner, Options options,
                                         std::shared_ptr<EcrTokenCache> cache)
    : m_inner(std::move(inner))
    , m_options(std::move(options))
    , m_cache(std::move(cache))
{
    m_lookups.setMaxThreadCount(1);
}

EcrCredentialSource::~EcrCredentialSource()
{
    m_lookups.waitForDone();
}

void EcrCredentialSource::find(const LoginRef &login, QObject *context, Done done)
{
    const auto host = EcrRegistryHost::forRegistry(login.registry, m_options.environment);
    // ECR's registries have the one user AWS; a login for another user is not ours to make.
    if (!host || (!login.username.isEmpty() && login.username != u"AWS")) {
        if (m_inner)
            m_inner->find(login, context, std::move(done));
        else
            answerLater(context, std::move(done), Credentials{});
        return;
    }
    // The answer travels back through the relay's `destroyed` signal: a queued connection to
    // `context`, which Qt cuts if `context` is gone first. The relay lives on the caller's
    // thread and is deleted there (deleteLater), never from the lookup thread.
    auto answer = std::make_shared<Result<Credentials>>(Credentials{});
    auto *relay = new QObject;
    QObject::connect(
        relay, &QObject::destroyed, context,
        [inner = m_inner, login, context, answer, done = std::move(done)]() mutable {
            const Result<Credentials> &aws = *answer;
            if (aws || aws.error().kind() != ErrorKind::NotFound || !inner) {
                done(aws);
                return;
            }
            // No AWS credentials anywhere: the wrapped source's login for the host (a Docker
            // helper, say), else the chain's own message.
            inner->find(login, context,
                        [aws, done = std::move(done)](const Result<Credentials> &other) {
                            done(other && other->isEmpty() ? aws : other);
                        });
        },
        Qt::QueuedConnection);
    m_lookups.start([this, host = *host, answer, relay] {
        *answer = tokenFor(host);
        relay->deleteLater();
    });
}

void EcrCredentialSource::renew(const LoginRef &login, const Credentials &refused, QObject *context,
                                Done done)
{
    const auto host = EcrRegistryHost::forRegistry(login.registry, m_options.environment);
    if (host && !refused.password.isEmpty()) {
        // On the lookup thread, ahead of the lookup that find() queues: jobs refused together
        // drop the one token once, and fetch one new token between them.
        m_lookups.start([cache = m_cache, host = *host, password = refused.password] {
            cache->forget(host.account, host.region, password);
        });
    }
    find(login, context, std::move(done));
}

Result<Credentials> EcrCredentialSource::tokenFor(const EcrRegistryHost &host)
{
    const auto answerWith = [](const QString &password) {
        Credentials credentials;
        credentials.username = QStringLiteral("AWS");
        credentials.password = password;
        return credentials;
    };
    if (const auto token = m_cache->find(host.account, host.region))
        return answerWith(token->password);

    AwsChainOptions chain;
    chain.environment = m_options.environment;
    chain.region = host.region; // the registry's region, whatever the profile says
    chain.keptAccount = m_options.keptAccount;
    const auto found = AwsCredentialChain(chain).resolve();
    if (!found)
        return found.error();
    const EcrClient::Endpoints endpoints{
        AwsEndpoints::resolve(QStringLiteral("ecr"), host.region, {}, m_options.environment,
                              found->endpointUrl),
        AwsEndpoints::resolve(QStringLiteral("sts"), host.region, {}, m_options.environment,
                              found->endpointUrl)};

    // This thread's own client and event loop: the lookup waits here, not its caller.
    EcrClient client(*found, endpoints);
    QEventLoop loop;
    std::optional<Result<QJsonObject>> reply;
    client.call(QStringLiteral("GetAuthorizationToken"), {},
                [&reply, &loop](const Result<QJsonObject> &r) {
                    reply = r;
                    loop.quit();
                });
    if (!reply)
        loop.exec();
    if (!*reply)
        return reply->error();
    const QJsonObject data =
        (*reply)->value(QLatin1String("authorizationData")).toArray().first().toObject();
    const QByteArray decoded = QByteArray::fromBase64(
        data.value(QLatin1String("authorizationToken")).toString().toLatin1());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return Error(ErrorKind::Protocol,
                     SourceText::tr("GetAuthorizationToken answered without a token"));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    const QDateTime expires = QDateTime::fromMSecsSinceEpoch(
        qint64(data.value(QLatin1String("expiresAt")).toDouble() * 1000), Qt::UTC);
    m_cache->store(host.account, host.region, password,
                   data.value(QLatin1String("proxyEndpoint")).toString(), expires, found->account);
    return answerWith(password);
}

} // namespace Berth::Aws
