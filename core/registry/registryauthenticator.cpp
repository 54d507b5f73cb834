// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registryauthenticator.h"

#include "registry/redaction.h"
#include "registry/registrylogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

#include <utility>

namespace Berth::Registry {

namespace {

const QString ClientId = QStringLiteral("berth");

} // namespace

RegistryAuthenticator::RegistryAuthenticator(QString domain, Credentials credentials, bool insecure,
                                             bool oauth2, Transport transport, QObject *parent)
    : QObject(parent)
    , m_domain(std::move(domain))
    , m_credentials(std::move(credentials))
    , m_insecure(insecure)
    , m_oauth2(oauth2)
    , m_transport(std::move(transport))
{}

QString RegistryAuthenticator::who() const
{
    if (m_credentials.username.isEmpty())
        return tr("registry %1").arg(m_domain);
    return tr("registry %1, user %2").arg(m_domain, m_credentials.username);
}

Error RegistryAuthenticator::loginError(const QString &detail) const
{
    return Error(ErrorKind::PermissionDenied, detail).withContext(who());
}

QByteArray RegistryAuthenticator::basicHeader() const
{
    return QByteArrayLiteral("Basic ") +
           (m_credentials.username + u':' + m_credentials.password).toUtf8().toBase64();
}

void RegistryAuthenticator::authorizationFor(const QString &scope, bool forceNew, AuthDone then)
{
    if (!m_challenge) {
        then(QByteArray());
        return;
    }
    const AuthChallenge challenge = *m_challenge;
    if (challenge.isBasic()) {
        if (m_credentials.username.isEmpty()) {
            then(loginError(tr("the registry requires a login")));
            return;
        }
        then(basicHeader());
        return;
    }
    if (!challenge.isBearer()) {
        then(Error(ErrorKind::Protocol,
                   tr("unsupported authentication scheme '%1'").arg(challenge.scheme))
                 .withContext(who()));
        return;
    }
    const QUrl realm(challenge.param(QStringLiteral("realm")));
    if (!realmAllowed(realm, m_base, m_insecure) && !m_credentials.isEmpty()) {
        then(loginError(tr("refusing to send credentials to the token realm %1: it is not "
                           "https and the registry "
                           "is not marked insecure")
                            .arg(Redaction::url(realm))));
        return;
    }
    const QString key =
        TokenCache::key(realm.toString(), challenge.param(QStringLiteral("service")), scope);
    if (forceNew)
        m_tokens.remove(key);
    else if (const auto token = m_tokens.find(key)) {
        then(QByteArray(QByteArrayLiteral("Bearer ") + token->toUtf8()));
        return;
    }
    const bool post =
        !m_credentials.identityToken.isEmpty() || (m_oauth2 && !m_credentials.username.isEmpty());
    fetchToken(challenge, scope, std::move(then), !post);
}

RequestSpec RegistryAuthenticator::tokenRequest(const AuthChallenge &challenge,
                                                const QString &scope, bool viaGet) const
{
    const QUrl realm(challenge.param(QStringLiteral("realm")));
    const QString service = challenge.param(QStringLiteral("service"));
    const QStringList scopes = scope.split(u' ', Qt::SkipEmptyParts);
    RequestSpec spec;
    spec.rawStatus = true;
    spec.maxBody = TokenCap;
    spec.authHost = RegistryRequest::hostPort(realm);
    spec.what = tr("token from %1").arg(Redaction::url(realm));
    if (viaGet) {
        QUrl url = realm;
        QUrlQuery query(realm);
        if (!service.isEmpty())
            query.addQueryItem(QStringLiteral("service"), service);
        for (const QString &s : scopes)
            query.addQueryItem(QStringLiteral("scope"), s);
        query.addQueryItem(QStringLiteral("client_id"), ClientId);
        url.setQuery(query);
        spec.url = url;
        if (!m_credentials.username.isEmpty())
            spec.authorization = basicHeader();
        return spec;
    }
    spec.method = QByteArrayLiteral("POST");
    spec.url = realm;
    QUrlQuery form;
    if (!m_credentials.identityToken.isEmpty()) {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), m_credentials.identityToken);
    } else {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("username"), m_credentials.username);
        form.addQueryItem(QStringLiteral("password"), m_credentials.password);
    }
    form.addQueryItem(QStringLiteral("service"), service);
    form.addQueryItem(QStringLiteral("client_id"), ClientId);
    form.addQueryItem(QStringLiteral("scope"), scopes.join(u' '));
    // Encode '+' too: a form decodes it as a space.
    spec.postBody = form.query(QUrl::FullyEncoded).replace(u'+', QStringLiteral("%2B")).toUtf8();
    return spec;
}

void RegistryAuthenticator::fetchToken(const AuthChallenge &challenge, const QString &scope,
                                       AuthDone then, bool viaGet)
{
    const QString key = TokenCache::key(QUrl(challenge.param(QStringLiteral("realm"))).toString(),
                                        challenge.param(QStringLiteral("service")), scope);
    QPointer<RegistryAuthenticator> self(this);
    m_transport(
        tokenRequest(challenge, scope, viaGet),
        [self, challenge, scope, then, viaGet, key](const Result<RegistryResponse> &result) {
            if (!self)
                return;
            if (!result) {
                then(result.error().withContext(self->who()));
                return;
            }
            const RegistryResponse &response = *result;
            if (!viaGet && (response.status == 404 || response.status == 405)) {
                // The token server does not speak the OAuth2 form: the plain GET then.
                self->fetchToken(challenge, scope, then, true);
                return;
            }
            if (response.status == 401 || response.status == 403) {
                then(self->loginError(
                    self->m_credentials.isEmpty()
                        ? tr("the token server refused an anonymous token (%1)")
                              .arg(RegistryRequest::errorText(response))
                        : tr("the token server refused the credentials: wrong user "
                             "name or password? (%1)")
                              .arg(RegistryRequest::errorText(response))));
                return;
            }
            if (response.status < 200 || response.status > 299) {
                then(Error(ErrorKind::Remote,
                           tr("token server: %1").arg(RegistryRequest::errorText(response)))
                         .withContext(self->who()));
                return;
            }
            QJsonParseError error{};
            const QJsonObject object = QJsonDocument::fromJson(response.body, &error).object();
            QString token = object.value(u"token").toString();
            if (token.isEmpty())
                token = object.value(u"access_token").toString();
            if (error.error != QJsonParseError::NoError || token.isEmpty()) {
                then(Error(ErrorKind::Protocol, tr("the token server's answer holds no token"))
                         .withContext(self->who()));
                return;
            }
            self->m_tokens.insert(key, token, object.value(u"expires_in").toInt(60));
            then(QByteArray(QByteArrayLiteral("Bearer ") + token.toUtf8()));
        });
}

std::function<void(const QByteArray &, const QByteArray &, RegistryAuthenticator::AuthDone)>
RegistryAuthenticator::reauthenticator(const QString &scope)
{
    QPointer<RegistryAuthenticator> self(this);
    return [self, scope](const QByteArray &header, const QByteArray &sent, AuthDone then) {
        if (!self)
            return;
        const auto challenges = AuthChallenge::parse(header);
        const AuthChallenge *preferred = AuthChallenge::preferred(challenges);
        if (!preferred) {
            then(self->loginError(
                tr("the registry refused the request without saying how to log in")));
            return;
        }
        if (sent.startsWith("Basic ") && preferred->isBasic()) {
            // Renewed meanwhile, for another request: this one goes again with the new login.
            if (self->m_renewed && sent != self->basicHeader()) {
                then(self->basicHeader());
                return;
            }
            // Refused together (parallel blobs): one renewal answers them all.
            if (self->m_renewing) {
                self->m_renewWaiters.append(then);
                return;
            }
            if (!self->m_renewal || self->m_renewed) {
                then(self->loginError(tr("the registry refused the user name or password")));
                return;
            }
            self->m_renewed = true;
            self->m_renewing = true;
            self->m_renewWaiters = {then};
            self->m_renewal(self->m_credentials, [self](const Result<Credentials> &fresh) {
                if (self)
                    self->renewed(fresh);
            });
            return;
        }
        self->m_challenge = *preferred;
        // A token that worked before has expired or lacks the scope: a new one.
        self->authorizationFor(scope, sent.startsWith("Bearer "), then);
    };
}

void RegistryAuthenticator::renewed(const Result<Credentials> &fresh)
{
    m_renewing = false;
    Result<QByteArray> answer = loginError(tr("the registry refused the user name or password"));
    if (!fresh) {
        answer = fresh.error();
    } else if (fresh->password != m_credentials.password) {
        qCDebug(lcRegistry) << "login renewed after a refusal for" << m_domain;
        m_credentials.username = fresh->username;
        m_credentials.password = fresh->password;
        answer = basicHeader();
    }
    for (const AuthDone &waiter : std::exchange(m_renewWaiters, {}))
        waiter(answer);
}

} // namespace Berth::Registry
