// SPDX-License-Identifier: GPL-3.0-or-later
// Engine addresses as the docker CLI writes them, and API version negotiation.
#include "engine/apiversion.h"
#include "engine/engineendpoint.h"
#include "engine/sshdialdevice.h"

#include <QTest>

using namespace Berth;
using Berth::Engine::ApiVersion;
using Berth::Engine::EngineEndpoint;

class TestEngineEndpoint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("localName");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("url");

        QTest::newRow("unix") << "unix:///var/run/docker.sock" << true << true
                              << "/var/run/docker.sock"
                              << "" << 0 << "unix:///var/run/docker.sock";
        QTest::newRow("bare path")
            << "/run/podman/podman.sock" << true << true << "/run/podman/podman.sock"
            << "" << 0 << "unix:///run/podman/podman.sock";
        QTest::newRow("spaces trimmed") << "  unix:///tmp/d.sock " << true << true << "/tmp/d.sock"
                                        << "" << 0 << "unix:///tmp/d.sock";
        QTest::newRow("npipe") << "npipe:////./pipe/docker_engine" << true << true
                               << "\\\\.\\pipe\\docker_engine"
                               << "" << 0 << "npipe:////./pipe/docker_engine";
        QTest::newRow("tcp with port") << "tcp://127.0.0.1:2376" << true << false << ""
                                       << "127.0.0.1" << 2376 << "tcp://127.0.0.1:2376";
        QTest::newRow("tcp default port")
            << "tcp://engine.example" << true << false << ""
            << "engine.example" << 2375 << "tcp://engine.example:2375";
        QTest::newRow("tcp ipv6") << "tcp://[::1]:2375" << true << false << ""
                                  << "::1" << 2375 << "tcp://[::1]:2375";
        QTest::newRow("unix relative") << "unix://docker.sock" << false << false << ""
                                       << "" << 0 << "";
        QTest::newRow("unix empty") << "unix://" << false << false << ""
                                    << "" << 0 << "";
        QTest::newRow("tcp with path") << "tcp://host:2375/v1" << false << false << ""
                                       << "" << 0 << "";
        QTest::newRow("tcp no host") << "tcp://:2375" << false << false << ""
                                     << "" << 0 << "";
        QTest::newRow("ssh user") << "ssh://me@host" << true << false << ""
                                  << "host" << 0 << "ssh://me@host";
        QTest::newRow("ssh port") << "ssh://build.example:2222" << true << false << ""
                                  << "build.example" << 2222 << "ssh://build.example:2222";
        QTest::newRow("ssh with path")
            << "ssh://me@host/var/run/docker.sock" << false << false << ""
            << "" << 0 << "";
        QTest::newRow("ssh password") << "ssh://me:secret@host" << false << false << ""
                                      << "" << 0 << "";
        QTest::newRow("unknown scheme") << "ftp://host" << false << false << ""
                                        << "" << 0 << "";
        QTest::newRow("empty") << "" << false << false << ""
                               << "" << 0 << "";
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const auto endpoint = EngineEndpoint::parse(input);
        QCOMPARE(endpoint.ok(), valid);
        if (!valid) {
            QCOMPARE(endpoint.error().kind(), ErrorKind::Invalid);
            QVERIFY(!endpoint.error().message().isEmpty());
            return;
        }
        QFETCH(bool, local);
        QFETCH(QString, localName);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, url);
        QCOMPARE(endpoint->transport() == EngineEndpoint::Transport::Local, local);
        QCOMPARE(endpoint->localName(), localName);
        QCOMPARE(endpoint->host(), host);
        QCOMPARE(int(endpoint->port()), port);
        QCOMPARE(endpoint->url(), url);
    }

    // The ssh command line the docker CLI would run, never asking anything.
    void sshArguments()
    {
        const auto endpoint = EngineEndpoint::parse(QStringLiteral("ssh://me@build.example:2222"));
        QVERIFY(endpoint.ok());
        QCOMPARE(endpoint->sshUser(), QStringLiteral("me"));
        QCOMPARE(Engine::SshDialDevice::arguments(*endpoint).join(u' '),
                 QStringLiteral("-T -o BatchMode=yes -p 2222 -l me -- build.example docker system "
                                "dial-stdio"));
        const auto bare = EngineEndpoint::parse(QStringLiteral("ssh://build.example"));
        QCOMPARE(Engine::SshDialDevice::arguments(*bare).join(u' '),
                 QStringLiteral("-T -o BatchMode=yes -- build.example docker system dial-stdio"));
    }

    void resolveOrder()
    {
        qputenv("DOCKER_HOST", "unix:///from/env.sock");
        QCOMPARE(EngineEndpoint::resolve(QStringLiteral("tcp://127.0.0.1:1"))->url(),
                 QStringLiteral("tcp://127.0.0.1:1"));
        QCOMPARE(EngineEndpoint::resolve(QString())->url(),
                 QStringLiteral("unix:///from/env.sock"));
        qputenv("DOCKER_HOST", "bogus://x");
        const auto bad = EngineEndpoint::resolve(QString());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message().startsWith(QStringLiteral("DOCKER_HOST: ")));
        qunsetenv("DOCKER_HOST");
        QCOMPARE(EngineEndpoint::resolve(QString())->url(), EngineEndpoint::defaultUrl());
    }

    void negotiate_data()
    {
        QTest::addColumn<QString>("daemon");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << "1.41"
                              << "1.41";
        QTest::newRow("newer daemon") << "1.47"
                                      << "1.41";
        QTest::newRow("much newer, two digits") << "1.100"
                                                << "1.41";
        QTest::newRow("older daemon") << "1.40"
                                      << "1.40";
        QTest::newRow("numeric not lexical") << "1.9"
                                             << "";
        QTest::newRow("oldest supported") << "1.24"
                                          << "1.24";
        QTest::newRow("too old") << "1.12"
                                 << "";
        QTest::newRow("garbage") << "latest"
                                 << "";
        QTest::newRow("three parts") << "1.41.0"
                                     << "";
    }

    void negotiate()
    {
        QFETCH(QString, daemon);
        QFETCH(QString, expected);
        QCOMPARE(ApiVersion::negotiate(daemon), expected);
    }

    void compare()
    {
        QVERIFY(ApiVersion::compare(QStringLiteral("1.9"), QStringLiteral("1.41")) < 0);
        QVERIFY(ApiVersion::compare(QStringLiteral("2.0"), QStringLiteral("1.99")) > 0);
        QCOMPARE(ApiVersion::compare(QStringLiteral("1.41"), QStringLiteral(" 1.41")), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineEndpoint)
#include "tst_engineendpoint.moc"
