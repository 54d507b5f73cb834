// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QCoreApplication>
#include <QString>

namespace Berth::Engine {

// Where the Engine API listens: a unix socket (or Windows named pipe, which QLocalSocket
// also opens) or a TCP address. Parsed from the docker CLI's DOCKER_HOST forms.
class EngineEndpoint final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::EngineEndpoint)

public:
    enum class Transport { Local, Tcp };

    // unix:///path, npipe:////./pipe/name, tcp://host[:port]; a bare absolute path is
    // taken as a unix socket.
    static Result<EngineEndpoint> parse(const QString &url);
    // The explicit choice if not empty, else DOCKER_HOST, else the platform's default socket.
    static Result<EngineEndpoint> resolve(const QString &explicitUrl);
    static QString defaultUrl();

    Transport transport() const { return m_transport; }
    // The QLocalSocket server name (a path or \\.\pipe\name) for Local endpoints.
    const QString &localName() const { return m_localName; }
    const QString &host() const { return m_host; }
    quint16 port() const { return m_port; }
    // The normalized URL, used in every message about this endpoint.
    const QString &url() const { return m_url; }

private:
    Transport m_transport = Transport::Local;
    QString m_localName;
    QString m_host;
    quint16 m_port = 0;
    QString m_url;
};

} // namespace Berth::Engine
