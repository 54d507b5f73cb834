// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engineendpoint.h"

#include "engine/dockercontexts.h"

#include <QFileInfo>
#include <QUrl>

namespace Berth::Engine {

QString EngineEndpoint::defaultUrl()
{
#ifdef Q_OS_WIN
    return QStringLiteral("npipe:////./pipe/docker_engine");
#else
    return QStringLiteral("unix:///var/run/docker.sock");
#endif
}

Result<EngineEndpoint> EngineEndpoint::resolve(const QString &explicitUrl)
{
    return resolve(QString(), explicitUrl);
}

Result<EngineEndpoint> EngineEndpoint::resolve(const QString &explicitContext,
                                               const QString &explicitUrl,
                                               const QProcessEnvironment &environment)
{
    const DockerContexts contexts(environment);
    const auto name = contexts.chosenName(explicitContext, explicitUrl);
    if (!name)
        return name.error();
    auto context = contexts.find(*name);
    if (!context)
        return context.error();
    QString host = context->host;
    QString origin =
        *name == u"default" ? QStringLiteral("DOCKER_HOST") : tr("context %1").arg(*name);
    if (*name == u"default" && !explicitUrl.isEmpty()) {
        host = explicitUrl;
        origin.clear();
    }
    if (host.isEmpty())
        return Error(ErrorKind::Invalid, tr("context %1 names no docker endpoint").arg(*name));
    const auto parsed = parse(host);
    if (!parsed)
        return origin.isEmpty() ? parsed.error() : parsed.error().withContext(origin);
    EngineEndpoint endpoint = *parsed;
    endpoint.m_contextName = *name;
    // TLS applies to tcp only, as in the docker CLI; each file is used when it is there.
    if (endpoint.m_transport == Transport::Tcp && !context->tlsDir.isEmpty()) {
        EngineTls &tls = endpoint.m_tls;
        tls.enabled = true;
        tls.verify = !context->skipTlsVerify;
        const auto file = [&](const char *fileName) {
            const QString path = context->tlsDir + u'/' + QLatin1StringView(fileName);
            return QFileInfo::exists(path) ? path : QString();
        };
        tls.caFile = file("ca.pem");
        tls.certFile = file("cert.pem");
        tls.keyFile = file("key.pem");
    }
    return endpoint;
}

Result<EngineEndpoint> EngineEndpoint::parse(const QString &input)
{
    const QString url = input.trimmed();
    EngineEndpoint endpoint;
    if (url.startsWith(u'/')) {
        endpoint.m_transport = Transport::Local;
        endpoint.m_localName = url;
        endpoint.m_url = QStringLiteral("unix://") + url;
        return endpoint;
    }
    if (url.startsWith(QLatin1StringView("unix://"))) {
        const QString path = url.mid(7);
        if (path.isEmpty() || !path.startsWith(u'/'))
            return Error(
                ErrorKind::Invalid,
                tr("%1: a unix socket needs an absolute path (unix:///path/to/docker.sock)")
                    .arg(url));
        endpoint.m_transport = Transport::Local;
        endpoint.m_localName = path;
        endpoint.m_url = url;
        return endpoint;
    }
    if (url.startsWith(QLatin1StringView("npipe://"))) {
        // npipe:////./pipe/docker_engine -> \\.\pipe\docker_engine
        QString name = url.mid(8);
        name.replace(u'/', u'\\');
        if (!name.startsWith(QLatin1StringView("\\\\.\\pipe\\")))
            return Error(ErrorKind::Invalid,
                         tr("%1: a named pipe looks like npipe:////./pipe/NAME").arg(url));
        endpoint.m_transport = Transport::Local;
        endpoint.m_localName = name;
        endpoint.m_url = url;
        return endpoint;
    }
    if (url.startsWith(QLatin1StringView("tcp://")) ||
        url.startsWith(QLatin1StringView("http://"))) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return Error(ErrorKind::Invalid,
                         tr("%1: not a valid tcp://HOST:PORT address").arg(url));
        if (!parsed.path().isEmpty() && parsed.path() != u"/")
            return Error(ErrorKind::Invalid,
                         tr("%1: a path after the port is not supported").arg(url));
        endpoint.m_transport = Transport::Tcp;
        endpoint.m_host = parsed.host();
        // 2375 is the conventional plain-HTTP Engine port.
        endpoint.m_port = quint16(parsed.port(2375));
        const bool ipv6 = endpoint.m_host.contains(u':');
        endpoint.m_url = QStringLiteral("tcp://%1:%2")
                             .arg(ipv6 ? u'[' + endpoint.m_host + u']' : endpoint.m_host)
                             .arg(endpoint.m_port);
        return endpoint;
    }
    if (url.startsWith(QLatin1StringView("ssh://")))
        return parseSsh(url);
    if (url.startsWith(QLatin1StringView("https://")) ||
        url.startsWith(QLatin1StringView("tcp+tls://")))
        return Error(ErrorKind::Invalid,
                     tr("%1: TLS engine endpoints are not supported yet").arg(url));
    return Error(ErrorKind::Invalid,
                 tr("%1: unknown engine address; use unix:///path, tcp://host:port, "
                    "ssh://[user@]host[:port] or npipe:////./pipe/name")
                     .arg(url));
}

Result<EngineEndpoint> EngineEndpoint::parseSsh(const QString &url)
{
    // As the docker CLI's connhelper reads it: user, host and port only. The socket's path
    // cannot ride in the URL (the 20.10 CLI refuses it); the remote docker's own DOCKER_HOST
    // or default decides.
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("%1: not a valid ssh://[user@]host[:port] address").arg(url));
    if (!parsed.path().isEmpty() && parsed.path() != u"/")
        return Error(ErrorKind::Invalid,
                     tr("%1: a path after the host is not supported over ssh; the remote "
                        "docker's default socket is used")
                         .arg(url));
    if (!parsed.password().isEmpty() || parsed.hasQuery() || parsed.hasFragment())
        return Error(ErrorKind::Invalid,
                     tr("%1: an ssh address takes only a user, a host and a port").arg(url));
    EngineEndpoint endpoint;
    endpoint.m_transport = Transport::Ssh;
    endpoint.m_host = parsed.host();
    endpoint.m_port = quint16(qMax(0, parsed.port(0)));
    endpoint.m_sshUser = parsed.userName();
    QString normalized = QStringLiteral("ssh://");
    if (!endpoint.m_sshUser.isEmpty())
        normalized += endpoint.m_sshUser + u'@';
    normalized += endpoint.m_host.contains(u':') ? u'[' + endpoint.m_host + u']' : endpoint.m_host;
    if (endpoint.m_port != 0)
        normalized += u':' + QString::number(endpoint.m_port);
    endpoint.m_url = normalized;
    return endpoint;
}

} // namespace Berth::Engine
