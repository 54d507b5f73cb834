// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the registry client's integration tests: peers (curl, the seeding script) run
// as processes, and a way to wait for the client's asynchronous results.
#include "registry/registryclient.h"
#include "testenv.h"
#include "testpeers.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <optional>

namespace RegistryTest {

using TestPeers::curl;
using TestPeers::proxyFault;
using TestPeers::proxyReset;
using TestPeers::proxyStats;
using TestPeers::run;

// tests/integration/registry/seed.sh COMMAND URL REPO ... (curl pushes).
inline std::optional<QString> seed(const QStringList &args)
{
    return run(QStringLiteral("bash"),
               QStringList{qEnvironmentVariable("BERTH_SOURCE_DIR") +
                           QStringLiteral("/tests/integration/registry/seed.sh")} +
                   args);
}

// A Bearer token from the token registry's server, for curl seeding.
inline QString bearerToken(const QString &user, const QString &password, const QString &scope)
{
    const QString realm =
        TestEnv::readState(QStringLiteral("registry_token"), QStringLiteral("realm"));
    const QString service =
        TestEnv::readState(QStringLiteral("registry_token"), QStringLiteral("service"));
    const QByteArray body =
        curl({QStringLiteral("-G"), QStringLiteral("-u"), user + u':' + password,
              QStringLiteral("--data-urlencode"), QStringLiteral("service=") + service,
              QStringLiteral("--data-urlencode"), QStringLiteral("scope=") + scope, realm});
    return QJsonDocument::fromJson(body).object().value(u"token").toString();
}

// Changes one setting of the token server's table for a while (it re-reads the file when
// it changes): "ttl" in seconds, or "oauth2": false for a server that serves GET only.
class TokenServerSetting
{
public:
    TokenServerSetting(const QString &key, const QJsonValue &value)
        : m_path(TestEnv::envDir() + QStringLiteral("/registry_token/token-users.json"))
    {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly))
            m_saved = f.readAll();
        QJsonObject o = QJsonDocument::fromJson(m_saved).object();
        o.insert(key, value);
        write(QJsonDocument(o).toJson());
    }
    ~TokenServerSetting() { write(m_saved); }

private:
    void write(const QByteArray &data)
    {
        // Replaced whole (a rename), so the server never reads half a file; it reads the
        // file at every request, so the change holds from the next one on.
        QSaveFile f(m_path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(data);
            f.commit();
        }
    }
    QString m_path;
    QByteArray m_saved;
};

// Runs start(context, done) and the event loop until done is called (or the time is up).
template<typename T, typename Start> Berth::Result<T> wait(Start start, int timeoutMs = 60000)
{
    std::optional<Berth::Result<T>> result;
    QEventLoop loop;
    QObject context;
    start(&context, [&](const Berth::Result<T> &r) {
        result = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return Berth::Error(Berth::ErrorKind::Internal, QStringLiteral("the call never finished"));
    return *result;
}

inline Berth::Registry::RegistryClient *client(const QString &domain,
                                               Berth::Registry::RegistryConfig config = {},
                                               Berth::Registry::Credentials credentials = {},
                                               QObject *parent = nullptr)
{
    const auto endpoint = Berth::Registry::RegistryEndpoint::resolve(domain, config);
    if (!endpoint)
        qFatal("%s", qPrintable(endpoint.error().message()));
    auto *c = new Berth::Registry::RegistryClient(*endpoint, credentials, parent);
    c->retryPolicy().setScale(0.01); // backoff of tens of milliseconds, not seconds
    return c;
}

inline Berth::Reference::ImageReference ref(const QString &text)
{
    return Berth::Reference::ImageReference::parse(text).value();
}

} // namespace RegistryTest

#define REQUIRE_OK(result)                                                                         \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().message()))
