// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Berth::Engine {

// TLS for a tcp engine, as the docker CLI sets it up (docs/engines.md): the CA to verify the
// engine with and the client certificate to show it.
struct EngineTls
{
    bool enabled = false;
    bool verify = true;
    QString caFile;   // ca.pem; empty: the system's CAs
    QString certFile; // cert.pem; empty: no client certificate
    QString keyFile;  // key.pem
};

// Where the Engine API listens: a unix socket (or Windows named pipe, which QLocalSocket
// also opens) or a TCP address, with TLS where the context or the environment asks for it.
// Parsed from the docker CLI's DOCKER_HOST forms; resolved from its contexts.
class EngineEndpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::EngineEndpoint)

public:
    enum class Transport { Local, Tcp, Ssh };

    // unix:///path, npipe:////./pipe/name, tcp://host[:port], ssh://[user@]host[:port]; a
    // bare absolute path is taken as a unix socket.
    static Result<EngineEndpoint> parse(const QString &url);
    // The explicit choice if not empty, else what the docker CLI would use (below).
    static Result<EngineEndpoint> resolve(const QString &explicitUrl);
    // As the docker CLI chooses (DockerContexts::chosenName): --context, --host, DOCKER_HOST,
    // DOCKER_CONTEXT, config.json's current context, the default; TLS from the context's
    // stored files, or for the default from DOCKER_TLS_VERIFY, DOCKER_TLS and
    // DOCKER_CERT_PATH.
    static Result<EngineEndpoint>
    resolve(const QString &explicitContext, const QString &explicitUrl,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static QString defaultUrl();

    Transport transport() const { return m_transport; }
    // The QLocalSocket server name (a path or \\.\pipe\name) for Local endpoints.
    const QString &localName() const { return m_localName; }
    const QString &host() const { return m_host; }
    // For ssh, 0 when the URL names none (ssh's own configuration decides).
    quint16 port() const { return m_port; }
    // The ssh login name, when the URL names one.
    const QString &sshUser() const { return m_sshUser; }
    // The normalized URL, used in every message about this endpoint.
    const QString &url() const { return m_url; }
    const EngineTls &tls() const { return m_tls; }
    // The docker context it came from ("default" for DOCKER_HOST or the platform's socket).
    const QString &contextName() const { return m_contextName; }

private:
    static Result<EngineEndpoint> parseSsh(const QString &url);

    Transport m_transport = Transport::Local;
    QString m_localName;
    QString m_host;
    quint16 m_port = 0;
    QString m_sshUser;
    QString m_url;
    EngineTls m_tls;
    QString m_contextName = QStringLiteral("default");
};

} // namespace Berth::Engine
