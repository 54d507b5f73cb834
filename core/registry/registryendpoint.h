// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "registry/registryconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

namespace Berth::Registry {

// Where one registry is reached: its base URLs (https first; http too when allowed) and
// the TLS configuration Docker would use for it.
class RegistryEndpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Registry::RegistryEndpoint)

public:
    // domain as an image reference has it ("docker.io", "localhost:5000", "[::1]:5000").
    static Result<RegistryEndpoint> resolve(const QString &domain, const RegistryConfig &config);

    static bool isLoopbackHost(const QString &host);

    // The name people know the registry by ("docker.io", "127.0.0.1:5000").
    const QString &domain() const { return m_domain; }
    // Base URLs to try in order, without the "/v2/" path.
    const QList<QUrl> &candidates() const { return m_candidates; }
    bool insecure() const { return m_insecure; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
    bool oauth2() const { return m_oauth2; }

private:
    QString m_domain;
    QList<QUrl> m_candidates;
    bool m_insecure = false;
    bool m_oauth2 = false;
    int m_idleTimeoutMs = 30000;
    QSslConfiguration m_ssl;
};

} // namespace Berth::Registry
