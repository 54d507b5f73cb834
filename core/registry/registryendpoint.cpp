// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/registryendpoint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

namespace Berth::Registry {

namespace {

Result<QList<QSslCertificate>> readCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::Io,
            RegistryEndpoint::tr("cannot read the CA file %1: %2").arg(path, file.errorString()));
    const auto certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error(ErrorKind::Invalid,
                     RegistryEndpoint::tr("%1 holds no PEM certificate").arg(path));
    return certificates;
}

Result<QSslKey> readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::Io,
            RegistryEndpoint::tr("cannot read the key %1: %2").arg(path, file.errorString()));
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return Error(ErrorKind::Invalid,
                 RegistryEndpoint::tr("%1 holds no usable private key").arg(path));
}

} // namespace

bool RegistryEndpoint::isLoopbackHost(const QString &host)
{
    QString h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

Result<RegistryEndpoint> RegistryEndpoint::resolve(const QString &domain,
                                                   const RegistryConfig &config)
{
    RegistryEndpoint endpoint;
    endpoint.m_domain = domain;
    endpoint.m_insecure = config.insecure;
    endpoint.m_oauth2 = config.oauth2;
    endpoint.m_idleTimeoutMs = config.idleTimeoutMs;

    if (config.endpointOverride.isValid() && !config.endpointOverride.isEmpty()) {
        QUrl url = config.endpointOverride;
        url.setPath(QString());
        if (url.scheme() == u"http" && !config.insecure && !isLoopbackHost(url.host()))
            return Error(ErrorKind::Invalid,
                         tr("%1: plain http is only allowed for a registry marked insecure")
                             .arg(url.toString()));
        endpoint.m_candidates.append(url);
    } else {
        // Docker Hub's registry API lives on another host than its name.
        const QString host = domain == u"docker.io" || domain == u"index.docker.io"
                                 ? QStringLiteral("registry-1.docker.io")
                                 : domain;
        const QUrl https(QStringLiteral("https://") + host);
        if (!https.isValid() || https.host().isEmpty())
            return Error(ErrorKind::Invalid, tr("'%1' is not a registry host").arg(domain));
        endpoint.m_candidates.append(https);
        if (config.insecure || isLoopbackHost(https.host()))
            endpoint.m_candidates.append(QUrl(QStringLiteral("http://") + host));
    }

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = ssl.caCertificates();
    if (!config.caFile.isEmpty()) {
        const auto extra = readCertificates(config.caFile);
        if (!extra)
            return extra.error();
        cas += *extra;
    }
    if (!config.clientCertificateFile.isEmpty() || !config.clientKeyFile.isEmpty()) {
        if (config.clientCertificateFile.isEmpty() || config.clientKeyFile.isEmpty())
            return Error(ErrorKind::Invalid,
                         tr("a client certificate needs both its certificate and its key file"));
        const auto certificate = readCertificates(config.clientCertificateFile);
        if (!certificate)
            return certificate.error();
        const auto key = readKey(config.clientKeyFile);
        if (!key)
            return key.error();
        ssl.setLocalCertificate(certificate->first());
        ssl.setPrivateKey(*key);
    }
    if (!config.certsDirRoot.isEmpty()) {
        // As Docker reads certs.d: the folder is named host:port (or host alone for 443).
        const QUrl first = endpoint.m_candidates.first();
        QString folder = first.host();
        if (first.port() > 0)
            folder += u':' + QString::number(first.port());
        const QDir dir(config.certsDirRoot + u'/' + folder);
        if (dir.exists()) {
            const auto files = dir.entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &file : files) {
                const QString name = file.fileName();
                if (name.endsWith(u".crt")) {
                    const auto extra = readCertificates(file.filePath());
                    if (!extra)
                        return extra.error();
                    cas += *extra;
                } else if (name.endsWith(u".cert")) {
                    const QString keyPath =
                        file.path() + u'/' + file.completeBaseName() + QStringLiteral(".key");
                    if (!QFileInfo::exists(keyPath))
                        return Error(ErrorKind::Invalid, tr("client certificate %1 has no key %2")
                                                             .arg(file.filePath(), keyPath));
                    const auto certificate = readCertificates(file.filePath());
                    if (!certificate)
                        return certificate.error();
                    const auto key = readKey(keyPath);
                    if (!key)
                        return key.error();
                    ssl.setLocalCertificate(certificate->first());
                    ssl.setPrivateKey(*key);
                } else if (name.endsWith(u".key")) {
                    const QString certPath =
                        file.path() + u'/' + file.completeBaseName() + QStringLiteral(".cert");
                    if (!QFileInfo::exists(certPath))
                        return Error(ErrorKind::Invalid, tr("key %1 has no client certificate %2")
                                                             .arg(file.filePath(), certPath));
                }
            }
        }
    }
    ssl.setCaCertificates(cas);
    if (config.insecure)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    endpoint.m_ssl = ssl;
    return endpoint;
}

} // namespace Berth::Registry
