// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/dockercontexts.h"
#include "engine/engineendpoint.h"

#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth::Engine;

// The docker CLI's context store as the docker CLI itself writes and reads it: contexts it
// creates, listed and chosen as `docker context ls` shows them (docs/engines.md).
class TestDockerContexts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    QProcessEnvironment environment(const QStringList &extra = {}) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), m_config.path());
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_config.path());
        for (const QString &assignment : extra) {
            const qsizetype equals = assignment.indexOf(u'=');
            env.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
        return env;
    }

    QByteArray docker(const QStringList &args, const QStringList &extra = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
        process.start(QStringLiteral("/usr/bin/docker"), args);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning() << "docker" << args << process.readAllStandardError();
            return {};
        }
        return process.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/docker"))) {
            if (TestEnv::isCi())
                QFAIL("/usr/bin/docker (package docker.io) is the peer");
            QSKIP("/usr/bin/docker (package docker.io) is missing");
        }
        QVERIFY(m_config.isValid());
        // Files only; nothing connects: the CA is any certificate the CLI accepts.
        QFile pem(m_config.filePath(QStringLiteral("ca.pem")));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Contexts test CA"), QStringLiteral("-keyout"),
                       m_config.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"),
                       pem.fileName()});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        QVERIFY(!docker({QStringLiteral("context"), QStringLiteral("create"),
                         QStringLiteral("remote"), QStringLiteral("--description"),
                         QStringLiteral("a TLS daemon"), QStringLiteral("--docker"),
                         QStringLiteral("host=tcp://10.0.0.7:2376,ca=%1").arg(pem.fileName())})
                     .isEmpty());
        QVERIFY(
            !docker({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("local"),
                     QStringLiteral("--docker"), QStringLiteral("host=unix:///run/other.sock")})
                 .isEmpty());
        QVERIFY(!docker({QStringLiteral("context"), QStringLiteral("create"), QStringLiteral("lax"),
                         QStringLiteral("--docker"),
                         QStringLiteral("host=tcp://10.0.0.8:2376,skip-tls-verify=true")})
                     .isEmpty());
    }

    // The folder name is the SHA-256 of the context's name (a published vector).
    void metaFolderIsTheNamesHash()
    {
        QCOMPARE(
            DockerContexts::metaFolderName(QStringLiteral("desktop-linux")),
            QStringLiteral("fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e"));
    }

    // Every context, its description and endpoint, and which one is current, under each
    // way of choosing: as `docker context ls` says.
    void listAndChoiceAgreeWithTheDockerCli_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("use");
        QTest::newRow("nothing set") << QStringList() << QStringLiteral("default");
        QTest::newRow("current context") << QStringList() << QStringLiteral("remote");
        QTest::newRow("DOCKER_CONTEXT beats it")
            << QStringList{QStringLiteral("DOCKER_CONTEXT=local")} << QStringLiteral("remote");
        QTest::newRow("DOCKER_HOST beats both")
            << QStringList{QStringLiteral("DOCKER_CONTEXT=local"),
                           QStringLiteral("DOCKER_HOST=tcp://10.1.1.1:2375")}
            << QStringLiteral("remote");
    }

    void listAndChoiceAgreeWithTheDockerCli()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, use);
        QVERIFY(!docker({QStringLiteral("context"), QStringLiteral("use"), use}).isEmpty());

        const DockerContexts contexts(environment(extra));
        const auto ours = contexts.list();
        QVERIFY(ours);
        const auto chosen = contexts.chosenName(QString(), QString());
        QVERIFY(chosen);
        const QList<QByteArray> lines =
            docker({QStringLiteral("context"), QStringLiteral("ls"), QStringLiteral("--format"),
                    QStringLiteral("{{json .}}")},
                   extra)
                .trimmed()
                .split('\n');
        QCOMPARE(lines.size(), ours->size());
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject theirs = QJsonDocument::fromJson(lines.at(i)).object();
            const DockerContext &context = ours->at(i);
            QCOMPARE(context.name, theirs.value(QLatin1String("Name")).toString());
            QCOMPARE(context.host, theirs.value(QLatin1String("DockerEndpoint")).toString());
            QCOMPARE(context.description, theirs.value(QLatin1String("Description")).toString());
            QCOMPARE(context.name == *chosen, theirs.value(QLatin1String("Current")).toBool());
        }
    }

    void tlsMaterialIsWhereTheCliKeepsIt()
    {
        const DockerContexts contexts(environment());
        const auto remote = contexts.find(QStringLiteral("remote"));
        QVERIFY(remote);
        const QJsonObject inspect =
            QJsonDocument::fromJson(docker({QStringLiteral("context"), QStringLiteral("inspect"),
                                            QStringLiteral("remote")}))
                .array()
                .first()
                .toObject();
        QCOMPARE(remote->tlsDir, inspect.value(QLatin1String("Storage"))
                                         .toObject()
                                         .value(QLatin1String("TLSPath"))
                                         .toString() +
                                     QStringLiteral("/docker"));
        const auto endpoint =
            EngineEndpoint::resolve(QStringLiteral("remote"), QString(), environment());
        QVERIFY(endpoint);
        QVERIFY(endpoint->tls().enabled);
        QVERIFY(endpoint->tls().verify);
        QCOMPARE(endpoint->tls().caFile, remote->tlsDir + QStringLiteral("/ca.pem"));
        QVERIFY(endpoint->tls().certFile.isEmpty());
        QCOMPARE(endpoint->contextName(), QStringLiteral("remote"));

        const auto lax = contexts.find(QStringLiteral("lax"));
        QVERIFY(lax);
        QVERIFY(lax->skipTlsVerify);
    }

    void defaultContextTakesTheTlsEnvironment()
    {
        const auto endpoint = EngineEndpoint::resolve(
            QString(), QString(),
            environment({QStringLiteral("DOCKER_HOST=tcp://10.2.2.2:2376"),
                         QStringLiteral("DOCKER_TLS_VERIFY=1"),
                         QStringLiteral("DOCKER_CERT_PATH=%1").arg(m_config.path())}));
        QVERIFY(endpoint);
        QCOMPARE(endpoint->contextName(), QStringLiteral("default"));
        QVERIFY(endpoint->tls().enabled);
        QCOMPARE(endpoint->tls().caFile, m_config.filePath(QStringLiteral("ca.pem")));
        // A unix socket never takes TLS, whatever the environment says.
        const auto local =
            EngineEndpoint::resolve(QString(), QStringLiteral("unix:///run/x.sock"),
                                    environment({QStringLiteral("DOCKER_TLS_VERIFY=1")}));
        QVERIFY(local);
        QVERIFY(!local->tls().enabled);
    }

    void errorsNameTheProblem()
    {
        const DockerContexts contexts(environment());
        QCOMPARE(contexts.find(QStringLiteral("nope")).error().message(),
                 QStringLiteral("context \"nope\" does not exist"));
        QVERIFY(!contexts.chosenName(QStringLiteral("remote"), QStringLiteral("unix:///x")));
        QFile config(m_config.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("{ not json");
        config.close();
        const auto current = contexts.currentContext();
        QVERIFY(!current);
        QVERIFY2(current.error().message().contains(QStringLiteral("config.json")),
                 qPrintable(current.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestDockerContexts)
#include "tst_dockercontexts.moc"
