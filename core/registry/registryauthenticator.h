// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "registry/authchallenge.h"
#include "registry/registryconfig.h"
#include "registry/registryrequest.h"
#include "registry/tokencache.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Berth::Registry {

// How Berth logs in to one registry: the challenge the registry sent (Basic or Bearer),
// tokens fetched from its token server and cached per scope, and a fresh Authorization when
// the registry answers 401 to a request (an expired token, or one that lacks a scope, such as
// push). Requests go out through the transport the client gives it; credentials never leave
// this class but in an Authorization header or a token request.
class RegistryAuthenticator final : public QObject
{
    Q_OBJECT

public:
    using AuthDone = std::function<void(const Result<QByteArray> &)>;
    using Transport = std::function<void(RequestSpec spec,
                                         std::function<void(const Result<RegistryResponse> &)>)>;

    static constexpr qint64 TokenCap = 1024 * 1024;

    RegistryAuthenticator(QString domain, Credentials credentials, bool insecure, bool oauth2,
                          Transport transport, QObject *parent = nullptr);

    TokenCache &tokenCache() { return m_tokens; }
    // The registry's base URL once known (a realm is judged against it).
    void setBase(const QUrl &base) { m_base = base; }
    // The challenge of the registry's ping (401 with WWW-Authenticate), if any.
    void setChallenge(const AuthChallenge &challenge) { m_challenge = challenge; }
    // Fresh credentials for a refused Basic login (an ECR token that lapsed), asked at most
    // once: the refused request is repeated with them. Without one, a refusal is final.
    using Renewal = std::function<void(const Credentials &refused,
                                       std::function<void(const Result<Credentials> &)>)>;
    void setRenewal(Renewal renewal) { m_renewal = std::move(renewal); }

    // The Authorization header value for a request needing `scope` (empty: none needed).
    // forceNew drops a cached token first.
    void authorizationFor(const QString &scope, bool forceNew, AuthDone then);
    // RequestSpec::reauthenticate for requests of that scope: a new token after a 401.
    std::function<void(const QByteArray &, const QByteArray &, AuthDone)>
    reauthenticator(const QString &scope);

    // "registry host" or "registry host, user name", the context of login errors.
    QString who() const;
    Error loginError(const QString &detail) const;

private:
    void fetchToken(const AuthChallenge &challenge, const QString &scope, AuthDone then,
                    bool viaGet);
    RequestSpec tokenRequest(const AuthChallenge &challenge, const QString &scope,
                             bool viaGet) const;
    QByteArray basicHeader() const;
    // The renewal's answer, for every request that waits for it.
    void renewed(const Result<Credentials> &fresh);

    QString m_domain;
    Credentials m_credentials;
    bool m_insecure;
    bool m_oauth2;
    Transport m_transport;
    TokenCache m_tokens;
    QUrl m_base;
    std::optional<AuthChallenge> m_challenge;
    Renewal m_renewal;
    bool m_renewed = false;
    bool m_renewing = false;
    QList<AuthDone> m_renewWaiters;
};

} // namespace Berth::Registry
